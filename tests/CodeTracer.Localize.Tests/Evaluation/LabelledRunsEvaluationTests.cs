using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Evaluation;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Tree;
using Xunit.Abstractions;

namespace CodeTracer.Localize.Tests.Evaluation;

public sealed class LabelledRunsEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryLabelMatchesItsListingByStepCountAndOnsetAnchor()
    {
        foreach (var (label, run) in LabelledRuns.All)
        {
            Assert.Equal(label.StepCount, run.Steps.Count);
            if (label.Onset is { } onset)
            {
                Assert.Equal(onset.Anchor, run.Steps.Single(s => s.Id == onset.Step).Anchor);
            }
        }
    }

    [Fact]
    public void TheHeuristicBeatsTheFirstAndLastStepBaselines()
    {
        var runs = LabelledRuns.All;
        var localizer = new HeuristicLocalizer();
        var heuristic = Evaluator.Score("heuristic", runs, run => Predict(localizer, run));
        var baselines = Baselines.All.Select(b => Evaluator.Score(b.Key, runs, b.Value)).ToList();

        output.WriteLine(MethodSummary.Header);
        output.WriteLine(heuristic.ToString());
        baselines.ForEach(b => output.WriteLine(b.ToString()));
        foreach (var (label, run) in runs.Where(r => r.Label.Onset is not null))
        {
            var p = Predict(localizer, run);
            output.WriteLine($"{label.Onset!.Step,4} -> {p.Onset,4}  F1 {RunScore.Of(label, p).F1:0.00}  {label.Path}");
        }

        var first = baselines.Single(b => b.Method == "first-step");
        var last = baselines.Single(b => b.Method == "last-step");
        Assert.True(heuristic.F1 > first.F1 && heuristic.F1 > last.F1, "F1");
        Assert.True(heuristic.OnsetWithin3 > first.OnsetWithin3 && heuristic.OnsetWithin3 > last.OnsetWithin3, "onset ±3");
    }

    private static Prediction Predict(HeuristicLocalizer localizer, Run run)
    {
        var diagnosis = localizer.Localize(run, TraceTreeBuilder.Build(run));
        return new Prediction(diagnosis.Onset?.Step, diagnosis.Incorrect);
    }
}
