using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Evaluation;

/// <summary>Scores prediction methods against labels over the labelled runs with a non-null onset.</summary>
public static class Evaluator
{
    public static MethodSummary Score(string method, IEnumerable<(FailureLabel Label, Run Run)> runs, Func<Run, Prediction> predict) =>
        MethodSummary.Of(method, [.. runs.Where(r => r.Label.Onset is not null).Select(r => RunScore.Of(r.Label, predict(r.Run)))]);
}
