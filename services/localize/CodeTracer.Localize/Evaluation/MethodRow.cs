namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// One method's line of the evaluation table: the CodeTraceBench scores on the labelled runs, the exact-step
/// accuracy on the Who&amp;When runs (null when none were given), and what a run cost (model tokens, wall time).
/// </summary>
public sealed record MethodRow(MethodSummary Labelled, int WhoAndWhenRuns, double? WhoAndWhenAccuracy, double TokensPerRun, double MillisecondsPerRun)
{
    public string Method => Labelled.Method;
}
