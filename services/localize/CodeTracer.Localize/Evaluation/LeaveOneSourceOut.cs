namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// How much of the heuristic's score is fit to the labels: for each label source, the thresholds are chosen on the
/// other sources only (best mean of F1 and onset ±3) and scored on the held-out one. The pooled line scores every
/// run with the thresholds chosen without its own source.
/// </summary>
public static class LeaveOneSourceOut
{
    public static (IReadOnlyList<HeldOutResult> Folds, MethodSummary Pooled) Run(IReadOnlyList<LabelledRun> runs, IReadOnlyList<NamedSettings> candidates, NamedSettings defaults)
    {
        var folds = new List<HeldOutResult>();
        var pooled = new List<RunScore>();
        foreach (var source in runs.Select(r => r.Label.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var train = runs.Where(r => r.Label.Source != source).ToList();
            var test = runs.Where(r => r.Label.Source == source && r.Label.Onset is not null).ToList();
            var chosen = candidates.MaxBy(c => Objective(Evaluator.Score(EvalMethods.Heuristic(c.Settings), train)))!;
            var method = EvalMethods.Heuristic(chosen.Settings);
            var scores = test.Select(r => RunScore.Of(r.Label, method.Predict(r.Run, r.Tree))).ToList();
            pooled.AddRange(scores);
            folds.Add(new HeldOutResult(source, chosen.Name, MethodSummary.Of("heuristic", scores), Evaluator.Score(EvalMethods.Heuristic(defaults.Settings) with { Name = "defaults" }, test)));
        }

        return (folds, MethodSummary.Of("heuristic (held out)", pooled));
    }

    private static double Objective(MethodSummary s) => (s.F1 + s.OnsetWithin3) / 2;
}
