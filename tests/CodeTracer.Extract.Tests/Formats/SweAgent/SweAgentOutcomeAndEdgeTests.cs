using CodeTracer.Contracts.Runs;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.SweAgent;

public sealed class SweAgentOutcomeAndEdgeTests
{
    private const string Legacy = "swe-agent/legacy_v0_format/6e44b9__sweagenttestrepo-1c2844.traj";

    [Fact]
    public void ASiblingHarnessReportThatResolvedMakesTheRunResolved()
    {
        using var temp = new TempFolder();
        var file = temp.CopyFromCorpus(Legacy);
        var report = Path.Combine(Path.GetDirectoryName(file)!, "report.json");
        File.WriteAllText(report, """{"6e44b9__sweagenttestrepo-1c2844": {"patch_exists": true, "resolved": true}}""");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(new RunOutcome(OutcomeStatus.Resolved, report, "resolved: true"), run.Outcome);
        Assert.Equal(2, run.Sources.Count);
    }

    [Fact]
    public void ASiblingHarnessReportThatDidNotResolveMakesTheRunFailed()
    {
        using var temp = new TempFolder();
        var file = temp.CopyFromCorpus(Legacy);
        var report = Path.Combine(Path.GetDirectoryName(file)!, "report.json");
        File.WriteAllText(report, """{"resolved": false, "tests_status": {}}""");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(new RunOutcome(OutcomeStatus.Failed, report, "resolved: false"), run.Outcome);
    }

    [Fact]
    public void ATrajectoryWithNoActionsHasNoStepsAndDidNotStart()
    {
        using var temp = new TempFolder();
        var file = temp.Write("idle.traj", """
            {"environment": "swe_main",
             "trajectory": [{"action": "", "observation": "", "thought": "thinking only"}],
             "history": [{"role": "user", "content": "Fix the bug"}, {"role": "assistant", "content": "I give up."}],
             "info": {"exit_status": "exit_cost"}}
            """);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Empty(run.Steps);
        Assert.Equal(RunStatus.NotStarted, run.Status);
        Assert.Equal("Fix the bug", run.Task);
        Assert.Equal("I give up.", run.FinalMessage);
        Assert.Equal("exit_cost", run.Metrics.ExitStatus);
    }
}
