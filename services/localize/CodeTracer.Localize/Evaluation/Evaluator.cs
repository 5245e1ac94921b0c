using System.Diagnostics;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Evaluation;

/// <summary>Scores prediction methods against labels over the labelled runs with a non-null onset.</summary>
public static class Evaluator
{
    public static MethodSummary Score(string method, IEnumerable<(FailureLabel Label, Run Run)> runs, Func<Run, Prediction> predict) =>
        MethodSummary.Of(method, [.. runs.Where(r => r.Label.Onset is not null).Select(r => RunScore.Of(r.Label, predict(r.Run)))]);

    public static MethodSummary Score(EvalMethod method, IEnumerable<LabelledRun> runs) =>
        MethodSummary.Of(method.Name, [.. runs.Where(r => r.Label.Onset is not null).Select(r => RunScore.Of(r.Label, method.Predict(r.Run, r.Tree)))]);

    /// <summary>
    /// The table: every method on the labelled runs (runs labelled with no onset are not scored, as the labels README
    /// says) and, when given, on the Who&amp;When runs, whose only label is the mistake step.
    /// </summary>
    public static EvaluationTable Table(IReadOnlyList<EvalMethod> methods, IReadOnlyList<LabelledRun> labelled, IReadOnlyList<LabelledRun> whoAndWhen)
    {
        var rows = new List<MethodRow>();
        foreach (var method in methods)
        {
            var clock = Stopwatch.StartNew();
            var scores = new List<RunScore>();
            long tokens = 0;
            foreach (var run in labelled.Where(r => r.Label.Onset is not null))
            {
                var prediction = method.Predict(run.Run, run.Tree);
                tokens += prediction.Tokens;
                scores.Add(RunScore.Of(run.Label, prediction));
            }

            var hits = 0;
            foreach (var run in whoAndWhen)
            {
                var prediction = method.Predict(run.Run, run.Tree);
                tokens += prediction.Tokens;
                hits += prediction.Onset == run.Label.Onset?.Step ? 1 : 0;
            }

            var count = Math.Max(1, scores.Count + whoAndWhen.Count);
            rows.Add(new MethodRow(
                MethodSummary.Of(method.Name, scores),
                whoAndWhen.Count,
                whoAndWhen.Count == 0 ? null : (double)hits / whoAndWhen.Count,
                (double)tokens / count,
                clock.Elapsed.TotalMilliseconds / count));
        }

        return new EvaluationTable(rows);
    }
}
