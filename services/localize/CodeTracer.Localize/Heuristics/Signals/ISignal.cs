namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>One failure signal over a run's steps; returns nothing when it does not fire.</summary>
public interface ISignal
{
    Finding? Evaluate(IReadOnlyList<StepFacts> steps, LocalizerOptions options);
}
