using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Localize.Evaluation;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Testing;
using CodeTracer.Tree;

namespace CodeTracer.Localize.Tests.Evaluation;

public sealed class MetricsTests
{
    [Fact]
    public void OnsetWindowsCountRunsWithinZeroOneAndThreeSteps()
    {
        var label = new FailureLabel("r", 20, new StepRef(10, "a"), [10], [], "", "");
        var scores = new[] { 10, 11, 12, 13, 14 }.Select(p => RunScore.Of(label, new Prediction(p, [p]))).ToList();

        var summary = MethodSummary.Of("m", scores);

        Assert.Equal(0.2, summary.OnsetExact, 6);
        Assert.Equal(0.4, summary.OnsetWithin1, 6);
        Assert.Equal(0.8, summary.OnsetWithin3, 6);
        Assert.Equal(0.2, summary.F1, 6);
    }

    [Fact]
    public void TheConstantBaselinesNameTheFirstLastAndFirstFailingStep()
    {
        var run = new RunBuilder().Bash("ls", "a").Bash("cat b", "cat: b: No such file or directory", isError: true).Bash("echo ok", "ok").Build();

        Assert.Equal("1:1", Normal(Baselines.All["first-step"](run)));
        Assert.Equal("3:3", Normal(Baselines.All["last-step"](run)));
        Assert.Equal("2:2", Normal(Baselines.All["first-error"](run)));
        Assert.Equal([1, 2, 3], Baselines.All["all-steps"](run).Incorrect);
    }

    [Fact]
    public void AllStepsHasFullRecallAndPrecisionEqualToTheChainShare()
    {
        var label = new FailureLabel("r", 4, new StepRef(3, "a"), [3, 4], [], "", "");
        var score = RunScore.Of(label, new Prediction(1, [1, 2, 3, 4]));
        Assert.Equal(1, score.Recall);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(2.0 / 3, score.F1, 6);
    }

    [Fact]
    public void TheTableAveragesOverRunsWithAnOnsetAndScoresWhoAndWhenOnExactSteps()
    {
        var run = new RunBuilder().Bash("ls", "a").Bash("cat b", "x", isError: true).Build();
        var tree = TraceTreeBuilder.Build(run);
        var withOnset = new LabelledRun(new FailureLabel("r", 2, new StepRef(2, "a2"), [2], [], "", ""), run, tree);
        var noOnset = new LabelledRun(new FailureLabel("n", 2, null, [], [], "", ""), run, tree);
        var ww = new LabelledRun(new FailureLabel("w", 2, new StepRef(1, "a1"), [1], [], "", ""), run, tree);

        var table = Evaluator.Table([new EvalMethod("first-error", (r, _) => Baselines.All["first-error"](r))], [withOnset, noOnset], [ww]);

        var row = Assert.Single(table.Rows);
        Assert.Equal(1, row.Labelled.Runs);
        Assert.Equal(1, row.Labelled.F1);
        Assert.Equal(0, row.WhoAndWhenAccuracy);
        Assert.Equal(1, row.WhoAndWhenRuns);
    }

    [Fact]
    public void AManifestRowBecomesALabelWithStages()
    {
        var entry = ManifestReader.Parse("""{"traj_id": "t", "path": "p", "stages": [{"stage_id": 1, "name": "env_setup", "start_step_id": 1, "end_step_id": 3}, {"stage_id": 2, "name": "patch", "step_ids": [4, 5]}], "incorrect_stages": [{"stage_id": 2, "incorrect_step_ids": [5, 4], "unuseful_step_ids": [3]}]}""", "m");

        Assert.Equal(new StepRef(4, ""), entry.Label.Onset);
        Assert.Equal([4, 5], entry.Label.Incorrect);
        Assert.Equal([3], entry.Label.Unuseful);
        Assert.Equal([(1, 3), (4, 5)], entry.Stages.Select(s => (s.FirstStep, s.LastStep)));
        Assert.Equal(CodeTracer.Contracts.Trees.StagePhase.EnvironmentSetup, entry.Stages[0].Phase);
    }

    [Fact]
    public void WhoAndWhenMistakeStepsCountFromZero()
    {
        var run = new RunBuilder().Bash("ls", "a").Build() with
        {
            Diagnostics = [new CodeTracer.Contracts.Runs.ExtractionDiagnostic(CodeTracer.Contracts.Runs.DiagnosticSeverity.Info, "f", null, "label: mistake_step=0, mistake_agent=A")],
        };
        Assert.Equal(1, WhoAndWhenLabel.MistakeStep(run));
    }

    [Fact]
    public void PerAgentSettingsOverrideOnlyTheKeysTheyName()
    {
        var settings = LocalizerSettings.FromJson("""{"Default": {"RepeatCount": 3}, "Agents": {"claude-code": {"StagnationSteps": 8}}}""");

        Assert.Equal(3, settings.For("mini-swe-agent").RepeatCount);
        Assert.Equal(8, settings.For("Claude-Code").StagnationSteps);
        Assert.Equal(3, settings.For("claude-code").RepeatCount);
        Assert.Equal(50, settings.For("openhands").StepBudget);
        Assert.Equal(50, new LocalizerSettings { Default = new LocalizerOptions { RepeatCount = 5 } }.For("openhands").StepBudget);
        Assert.Equal(5, new LocalizerSettings { Default = new LocalizerOptions { RepeatCount = 5 } }.For("openhands").RepeatCount);
    }

    private static string Normal(Prediction p) => $"{p.Onset}:{string.Join(',', p.Incorrect)}";
}
