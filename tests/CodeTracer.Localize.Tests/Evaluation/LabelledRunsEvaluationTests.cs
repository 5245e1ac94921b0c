using CodeTracer.Localize.Evaluation;
using CodeTracer.Localize.Heuristics;
using Xunit.Abstractions;

namespace CodeTracer.Localize.Tests.Evaluation;

public sealed class LabelledRunsEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryLabelMatchesItsRealRunByStepCountAndOnsetAnchor()
    {
        Assert.Equal(52, LabelledRuns.All.Count);
        foreach (var (label, run, _) in LabelledRuns.All)
        {
            Assert.Equal(label.StepCount, run.Steps.Count);
            if (label.Onset is { } onset)
            {
                Assert.Equal(onset.Anchor, run.Steps.Single(s => s.Id == onset.Step).Anchor);
            }
        }
    }

    [Fact]
    public void TheHeuristicBeatsEveryConstantBaselineOnRealRuns()
    {
        var table = Evaluator.Table(EvalMethods.Standard(new LocalizerSettings()), LabelledRuns.All, []);
        output.WriteLine(table.ToText());

        var heuristic = table.Rows.Single(r => r.Method == HeuristicLocalizer.MethodName).Labelled;
        Assert.Equal(44, heuristic.Runs);
        Assert.True(heuristic.F1 >= 0.19, "F1 at least the paper's direct-prompting level");
        foreach (var baseline in table.Rows.Where(r => r.Method != HeuristicLocalizer.MethodName).Select(r => r.Labelled))
        {
            Assert.True(heuristic.F1 > baseline.F1, $"F1 vs {baseline.Method}");
            Assert.True(heuristic.OnsetWithin3 > baseline.OnsetWithin3, $"onset ±3 vs {baseline.Method}");
        }
    }
}
