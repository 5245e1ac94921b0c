namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// An error the run never recovers from: the same tool on the same target (the command, or the file it wrote)
/// never succeeds afterwards. Errors that a later identical or same-target call fixed are exploration, not failure.
/// </summary>
public sealed class UnrecoveredErrors : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var (steps, options) = (input.Steps, input.Options);
        var unrecovered = new List<int>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (!step.Failed || step.Degenerate)
            {
                continue;
            }

            var key = TargetKey(step);
            if (!steps.Skip(i + 1).Any(later => !later.Failed && TargetKey(later) == key))
            {
                unrecovered.Add(step.Id);
            }
        }

        if (unrecovered.Count == 0)
        {
            return null;
        }

        var onset = unrecovered[0];
        return new Finding("unrecovered-error", unrecovered, $"step {onset} failed and no later call on the same target succeeded")
        {
            Onset = onset,
            Chain = [.. steps.Where(s => s.Id >= onset && s.Failed).Select(s => s.Id)],
            Score = options.UnrecoveredErrorScore,
        };
    }

    private static string TargetKey(StepFacts step) =>
        step.Effect.Targets.Count > 0 ? step.Step.Tool + " " + string.Join('|', step.Effect.Targets) : step.Normalized;
}
