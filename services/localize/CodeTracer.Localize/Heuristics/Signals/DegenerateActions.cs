namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// Broken tool calls (see <see cref="ActionText.IsDegenerate"/>) that take over the run: the onset is the earliest
/// degenerate step after which degenerate steps make up most of the run, i.e. where the agent lost the ability to
/// act and never got it back. The chain is every later degenerate or failing step.
/// </summary>
public sealed class DegenerateActions : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var (steps, options) = (input.Steps, input.Options);
        var degenerate = steps.Where(s => s.Degenerate).Select(s => s.Id).ToList();
        if (degenerate.Count < options.MinDegenerateSteps)
        {
            return null;
        }

        // Scan suffixes from the end so the share is known for each start in one pass.
        int? onset = null;
        var count = 0;
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            count += steps[i].Degenerate ? 1 : 0;
            var share = (double)count / (steps.Count - i);
            if (steps[i].Degenerate && share >= options.DegenerateTailShare && count >= options.MinDegenerateSteps)
            {
                onset = steps[i].Id;
            }
        }

        if (onset is not { } start)
        {
            return new Finding("degenerate-actions", degenerate, $"{degenerate.Count} malformed or no-op calls, but the run recovered");
        }

        var chain = steps.Where(s => s.Id >= start && (s.Degenerate || s.Failed)).Select(s => s.Id).ToList();
        return new Finding("degenerate-actions", degenerate, $"{degenerate.Count} malformed or no-op calls; from step {start} on the agent never acted again")
        {
            Onset = start,
            Chain = chain,
            Score = options.DegenerateScore,
            Unuseful = [.. degenerate.Where(d => d < start)],
        };
    }
}
