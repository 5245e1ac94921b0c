using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.HarborAtif;

public sealed class HarborAtifRunTests
{
    [Fact]
    public void ARewardOfOneIsResolved()
    {
        const string trial = Inputs.KimiRoot + "polyglot-c-py__3z6k7TU";

        var run = CorpusRuns.ReadSingle(trial);

        Assert.Equal(new RunOutcome(OutcomeStatus.Resolved, Corpus.PathOf(trial + "/result.json"), "reward 1"), run.Outcome);
        Assert.Equal(1479935, run.Metrics.InputTokens);
        Assert.Equal(14065, run.Metrics.OutputTokens);
        Assert.Equal(1443840, run.Metrics.CacheTokens);
    }

    [Fact]
    public void ARewardOfZeroIsFailedAndTheTrialDescribesTheAgent()
    {
        const string trial = Inputs.KimiRoot + "chess-best-move__wpPQ5MU";

        var run = CorpusRuns.ReadSingle(trial);

        Assert.Equal(new RunOutcome(OutcomeStatus.Failed, Corpus.PathOf(trial + "/result.json"), "reward 0"), run.Outcome);
        Assert.Equal("harbor-atif", run.Format);
        Assert.Equal("ATIF-v1.2", run.FormatVersion);
        Assert.Equal("claude-code", run.Agent);
        Assert.Equal("2.1.89", run.AgentVersion);
        Assert.Equal("kimi-k2.5", run.Model);
        Assert.StartsWith("The file chess_board.png has an image of a chess board.", run.Task);
        Assert.Equal(74861, run.Metrics.InputTokens);
        Assert.Equal(51, run.Metrics.OutputTokens);
        Assert.Equal(RunStatus.Complete, run.Status);
    }

    [Fact]
    public void ATrialWithoutTrajectoryIsReadFromClaudeCodeStreamJsonWithTheExceptionAsDetail()
    {
        const string trial = Inputs.KimiRoot + "merge-diff-arc-agi-task__yBSGZPs";

        var run = CorpusRuns.ReadSingle(trial);

        Assert.Equal("claude-code-stream-json", run.Format);
        Assert.Equal(new RunOutcome(OutcomeStatus.Failed, Corpus.PathOf(trial + "/result.json"),
            "AgentTimeoutError: Agent execution timed out after 900.0 seconds"), run.Outcome);
        Assert.Equal("AgentTimeoutError", run.Metrics.ExitStatus);
        Assert.Equal("kimi-k2.5", run.Model);
        Assert.Equal(["result.json", "claude-code.txt"], run.Sources.Select(s => Path.GetFileName(s.Path)));
    }

    [Fact]
    public void StepsCarryTheirArgumentsReasoningTimeAndProvenance()
    {
        var run = CorpusRuns.ReadSingle(Inputs.HarborTrial);
        var trajectory = Corpus.PathOf(Inputs.TrajectoryFile);
        var lines = File.ReadAllLines(trajectory);

        var first = run.Steps[0];
        Assert.Equal("functions.Bash:0", first.Anchor);
        Assert.Contains("\"description\"", first.Arguments);
        Assert.StartsWith("I need to extract `secrets.7z`", first.Reasoning);
        Assert.Equal(DateTimeOffset.Parse("2026-04-01T15:49:28.718Z", System.Globalization.CultureInfo.InvariantCulture), first.StartedAt);
        Assert.StartsWith("-rw-r--r-- 1 root root 215", first.Observation);
        Assert.Equal("steps[3].tool_calls[0]", first.Provenance.Location);
        foreach (var step in run.Steps)
        {
            Assert.Contains($"\"tool_call_id\": \"{step.Anchor}\"", lines[step.Provenance.Line!.Value - 1]);
            Assert.Equal(run.Sources[1].Sha256, step.Provenance.FileSha256);
        }
    }
}
