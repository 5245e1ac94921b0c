using CodeTracer.Localize.Profiles;
using CodeTracer.Localize.Tests.Heuristics;

namespace CodeTracer.Localize.Tests.Profiles;

public sealed class ProfilesTests
{
    private const string Astropy13398 = "openhands/swebench_verified_claude-3-5-sonnet_run1/llm_completions/astropy__astropy-13398";

    [Fact]
    public void TheTracebenchViewGroupsTheChainByTreeStage()
    {
        var (run, tree) = RealRuns.Load(Astropy13398);
        var diagnosis = new CodeTracer.Localize.Heuristics.HeuristicLocalizer().Localize(run, tree);

        var stages = TracebenchProfile.Of(run, tree, diagnosis);

        Assert.Equal(diagnosis.Incorrect, stages.SelectMany(s => s.IncorrectStepIds).Order());
        Assert.Equal(diagnosis.Unuseful, stages.SelectMany(s => s.UnusefulStepIds).Order());
        Assert.All(stages, s => Assert.All(s.IncorrectStepIds.Concat(s.UnusefulStepIds), id => Assert.Equal(s.StageId, tree.StageOf(id)!.Id)));
        Assert.Contains("step 5", stages.Single(s => s.IncorrectStepIds.Contains(5)).Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDetailedViewStartsItsChainAtTheOnsetAndNamesTheFailedCheck()
    {
        var (run, tree) = RealRuns.Load(Astropy13398);
        var diagnosis = new CodeTracer.Localize.Heuristics.HeuristicLocalizer().Localize(run, tree);

        var view = DetailedProfile.Of(run, tree, diagnosis);

        Assert.Equal([5, 7, 9], view.RootCauseChain.Select(l => l.Step));
        Assert.Equal("onset", view.RootCauseChain[0].Role);
        Assert.Equal([5, 8], view.CriticalDecisions.Select(d => d.Step));
        Assert.StartsWith("Replay the run up to step 4", view.CorrectStrategy, StringComparison.Ordinal);
    }

    [Fact]
    public void RlFeedbackGivesEveryStepADeviationAndTheOnsetTheLargest()
    {
        var (run, tree) = RealRuns.Load(Astropy13398);
        var diagnosis = new CodeTracer.Localize.Heuristics.HeuristicLocalizer().Localize(run, tree);

        var feedback = RlFeedbackProfile.Of(run, tree, diagnosis);

        Assert.Equal(run.Steps.Select(s => s.Id), feedback.Select(f => f.Step));
        Assert.Equal(5, feedback.MinBy(f => f.Deviation)!.Step);
        Assert.All(feedback.Where(f => f.Step < 5), f => Assert.Equal("ok", f.Label));
        Assert.Equal("incorrect", feedback.Single(f => f.Step == 7).Label);
    }
}
