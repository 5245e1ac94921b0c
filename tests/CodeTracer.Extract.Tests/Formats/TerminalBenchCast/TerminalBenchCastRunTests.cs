using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.TerminalBenchCast;

public sealed class TerminalBenchCastRunTests
{
    [Fact]
    public void AResolvedTrialTakesItsOutcomeAndTaskFromResultsJson()
    {
        var run = CorpusRuns.ReadSingle(Inputs.Tb1Trial);

        Assert.Equal(new RunOutcome(OutcomeStatus.Resolved, Corpus.PathOf(Inputs.Tb1Trial + "/results.json"), "unset"), run.Outcome);
        Assert.StartsWith("You need to create a file called \"solution.txt\"", run.Task);
        Assert.Equal("claude-code", run.Agent);
        Assert.Equal("2.0.29", run.AgentVersion);
        Assert.Equal("openai/app-8687wa-1753680546005046674", run.Model);
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.StartsWith("## Task Completed Successfully!", run.FinalMessage);
        Assert.Equal("success", run.Metrics.ExitStatus);
        Assert.Equal(DateTimeOffset.Parse("2025-11-08T14:26:50.854030+00:00", System.Globalization.CultureInfo.InvariantCulture), run.Metrics.StartedAt);
        Assert.Equal(["results.json", "agent.cast"], run.Sources.Select(s => Path.GetFileName(s.Path)));
    }

    [Fact]
    public void AFailedTrialIsFailedWithItsFailureMode()
    {
        const string trial = "terminal-bench-claude-code/claude_code_c4/openssl-selfsigned-cert/openssl-selfsigned-cert.1-of-1.2025-11-08__13-10-33";

        var run = CorpusRuns.ReadSingle(trial);

        Assert.Equal(new RunOutcome(OutcomeStatus.Failed, Corpus.PathOf(trial + "/results.json"), "unset"), run.Outcome);
    }

    [Fact]
    public void StepsPointBackToTheRecordingLineAndTime()
    {
        var run = CorpusRuns.ReadSingle(Inputs.Tb1Trial);
        var cast = Corpus.PathOf(Inputs.Tb1Trial + "/sessions/agent.cast");
        var lines = File.ReadAllLines(cast);

        foreach (var step in run.Steps)
        {
            Assert.Equal(cast, step.Provenance.File);
            Assert.Equal(run.Sources[1].Sha256, step.Provenance.FileSha256);
            Assert.InRange(step.Provenance.Line!.Value, 2, lines.Length);
            Assert.NotNull(step.StartedAt);
        }

        // The recording started 2025-11-08 14:26:47 UTC; the agent ran for under five minutes.
        Assert.InRange(run.Steps[0].StartedAt!.Value, run.Metrics.StartedAt!.Value.AddMinutes(-1), run.Metrics.EndedAt!.Value);
    }

    [Fact]
    public void CallsOfOneAssistantTurnShareAParallelGroup()
    {
        var run = CorpusRuns.ReadSingle(Inputs.Tb1Trial);

        Assert.Equal(6, run.Steps[5].ParallelGroup);
        Assert.Equal(6, run.Steps[6].ParallelGroup);
        Assert.Equal(8, run.Steps[7].ParallelGroup);
        Assert.Equal("Let me start by locating and examining the secrets.7z archive:", run.Steps[1].Thought);
    }

    [Fact]
    public void SubAgentCallsAreNestedUnderTheTaskThatLaunchedThem()
    {
        var run = CorpusRuns.ReadSingle(Inputs.Tb1SubAgentTrial);

        var task = Assert.Single(run.Steps, s => s.SubSteps.Count > 0);
        Assert.Equal("Task", task.Tool);
        Assert.Equal(5, task.SubSteps.Count);
        Assert.Equal([1, 2, 3, 4, 5], task.SubSteps.Select(s => s.Id));
        Assert.Equal("Glob", task.SubSteps[0].Tool);
        Assert.Equal("No files found", task.SubSteps[0].Observation);
        Assert.All(task.SubSteps, s => Assert.True(s.HasObservation));
    }

    [Fact]
    public void ATextOnlyAnswerIsARunThatNeverActed()
    {
        var run = CorpusRuns.ReadSingle(Inputs.Tb1TextOnlyTrial);

        Assert.Empty(run.Steps);
        Assert.Equal(RunStatus.NotStarted, run.Status);
        Assert.StartsWith("I'll help you crack the password", run.FinalMessage);
        Assert.Equal(OutcomeStatus.Failed, run.Outcome.Status);
    }
}
