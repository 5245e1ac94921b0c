namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// Edits of the files the task is about, as opposed to the agent's scratch files. In a failed run the first such
/// edit is where the agent committed to its hypothesis, and every later edit of those files carries it forward;
/// restoring a backup is not part of the chain.
/// </summary>
public sealed class ProductEdits : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var (steps, options) = (input.Steps, input.Options);
        var edits = ProductFiles.Edits(steps);
        if (edits.Count == 0)
        {
            return null;
        }

        var files = edits.SelectMany(e => e.Files).Distinct().ToList();
        var onset = edits[0].Step;
        return new Finding("product-edit", [.. edits.Select(e => e.Step)], $"step {onset} first edits {string.Join(", ", files.Take(3))}; {edits.Count} edit(s) of the task's files follow")
        {
            Onset = onset,
            Chain = [.. edits.Select(e => e.Step)],
            Score = options.ProductEditScore,
        };
    }
}
