using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Testing;
using CodeTracer.Tree.Stages;
using CodeTracer.Tree.Tests.Support;

namespace CodeTracer.Tree.Tests.States;

public sealed class StateSegmenterTests
{
    [Fact]
    public void AChangeOpensANewStateAndExplorationsHangUnderIt()
    {
        var run = new RunBuilder().Bash("ls").Bash("cat a.py").Bash("sed -i 's/a/b/' src/a.py").Bash("cat src/a.py").Bash("pytest").Build();
        var tree = TraceTreeBuilder.Build(run);

        // Stages: inspect 1-2, patch 3, verify 4-5 (the read after the patch prepares the check); state 1 spans both.
        var states = tree.Stages.SelectMany(s => s.States).ToList();
        Assert.Equal([(0, (int?)null, 1, 2), (1, 3, 3, 3), (1, 3, 4, 5)], states.Select(s => (s.Index, s.OpenedBy, s.FirstStep, s.LastStep)));
        Assert.Equal([4, 5], states[2].Steps.Select(n => n.StepId));
    }

    [Fact]
    public void ParallelCallsOfOneTurnAreASubtreeOfTheTurnsFirstCall()
    {
        var run = new RunBuilder().Bash("ls").Bash("cat a.py").Bash("cat b.py").Build();
        run = run with { Steps = [run.Steps[0], run.Steps[1] with { ParallelGroup = 2 }, run.Steps[2] with { ParallelGroup = 2 }] };

        var state = Assert.Single(TraceTreeBuilder.Build(run).Stages.SelectMany(s => s.States));

        Assert.Equal([1, 2], state.Steps.Select(n => n.StepId));
        Assert.Equal(3, Assert.Single(state.Steps[1].Parallel).StepId);
    }

    [Fact]
    public void ASubAgentsStepsAreASubtreeInTheirOwnNumbering()
    {
        var run = new RunBuilder().Tool("Task", """{"prompt": "look around"}""").Build();
        var sub = new RunBuilder().Bash("ls").Tool("Write", """{"file_path": "/app/x.py", "content": ""}""").Build().Steps;
        run = run with { Steps = [run.Steps[0] with { SubSteps = sub }] };

        var node = TraceTreeBuilder.Build(run).Stages[0].States[0].Steps[0];

        Assert.Equal([(1, StepKind.Explore), (2, StepKind.Change)], node.SubAgent.Select(n => (n.StepId, n.Kind)));
    }

    [Fact]
    public void AStateThatOutlivesItsStageContinuesUnderTheSameIndex()
    {
        var tree = TraceTreeBuilder.Build(CorpusRuns.Read("mini-swe-agent/test_data/github_issue.traj.json"));

        // Stage 2 patches at 5 (state 1); stage 3 checks that same state with cat and two runs.
        Assert.Equal((1, (int?)5, 5, 5), Single(tree.Stages[1]));
        Assert.Equal((1, (int?)5, 6, 8), Single(tree.Stages[2]));
    }

    [Fact]
    public void SuppliedStagesAreTakenAsGivenWithIntentWrittenWhenMissing()
    {
        var run = ListingRuns.FromExpected(ExpectedIndex.All.First(r => r.RunId.EndsWith("pvlib__pvlib-python-1707", StringComparison.Ordinal)));
        var supplied = new[]
        {
            new SuppliedStage(SuppliedStage.PhaseOf("env_setup"), 1, 16),
            new SuppliedStage(SuppliedStage.PhaseOf("patch"), 17, 60, Intent: "Fix iam.physical"),
            new SuppliedStage(SuppliedStage.PhaseOf("Verification"), 61, 95),
        };

        var tree = TraceTreeBuilder.Build(run, supplied);

        Assert.Equal([StagePhase.EnvironmentSetup, StagePhase.Patching, StagePhase.Verification], tree.Stages.Select(s => s.Phase));
        Assert.All(tree.Stages, s => Assert.True(s.Supplied));
        Assert.Equal("Fix iam.physical", tree.Stages[1].Intent);
        Assert.StartsWith("Set up the environment: ", tree.Stages[0].Intent, StringComparison.Ordinal);
        Assert.Equal(95, tree.Stages.Sum(s => s.States.Sum(st => st.Steps.Count)));
    }

    [Theory]
    [InlineData("dependency_installation", StagePhase.DependencyInstallation)]
    [InlineData("Environment Setup", StagePhase.EnvironmentSetup)]
    [InlineData("debugging", StagePhase.Inspection)]
    [InlineData("implement", StagePhase.Patching)]
    [InlineData("testing", StagePhase.Verification)]
    [InlineData("chit-chat", StagePhase.Other)]
    public void ASuppliedPhaseNameIsReadLeniently(string name, StagePhase expected) =>
        Assert.Equal(expected, SuppliedStage.PhaseOf(name));

    private static (int, int?, int, int) Single(Stage stage) =>
        Assert.Single(stage.States) is var s ? (s.Index, s.OpenedBy, s.FirstStep, s.LastStep) : default;
}
