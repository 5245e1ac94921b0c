namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// Changes made after the last time the agent ran any code (a test, a script): the final state was never checked.
/// The first unchecked change is an onset candidate; the chain is every unchecked change.
/// </summary>
public sealed class UnverifiedChanges : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var steps = input.Steps;
        var lastRun = steps.LastOrDefault(s => s.Effect.RunsCode && !s.Degenerate)?.Id ?? 0;
        var unchecked_ = steps.Where(s => s.Id > lastRun && s.IsChange && !s.Degenerate && !IsHousekeeping(s)).Select(s => s.Id).ToList();
        if (unchecked_.Count == 0)
        {
            return null;
        }

        return new Finding("unverified-change", unchecked_, $"{unchecked_.Count} change(s) after the last code run, never checked")
        {
            Onset = unchecked_[0],
            Chain = unchecked_,
            Score = input.Options.UnverifiedChangeScore,
        };
    }

    // Ending a background shell or submitting is closing the run, not a change that needs checking.
    private static bool IsHousekeeping(StepFacts step) => step.Step.Tool is "KillShell" or "KillBash" or "submit";
}
