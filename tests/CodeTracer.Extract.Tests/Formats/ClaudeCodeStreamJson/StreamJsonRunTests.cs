using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.ClaudeCodeStreamJson;

public sealed class StreamJsonRunTests
{
    [Fact]
    public void APlainStreamJsonFileIsOneRunWithLineProvenance()
    {
        var run = CorpusRuns.ReadSingle(Inputs.StreamJsonFile);
        var file = Corpus.PathOf(Inputs.StreamJsonFile);

        Assert.Equal("claude-code-stream-json", run.Format);
        Assert.Equal(file, run.Path);
        Assert.Equal(35, run.Steps.Count);
        Assert.Equal(OutcomeStatus.Unknown, run.Outcome.Status);
        Assert.Equal("kimi-k2.5", run.Model);
        Assert.Equal("2.1.89", run.AgentVersion);
        Assert.Equal(new Provenance(file, 2, null, run.Sources[0].Sha256), run.Steps[0].Provenance);
        Assert.Equal(5, run.Steps[1].Provenance.Line);
    }

    [Fact]
    public void AReusedAnchorIsAnsweredOnItsLatestCall()
    {
        var run = CorpusRuns.ReadSingle(Inputs.StreamJsonFile);

        Assert.Equal("functions.Bash:0", run.Steps[0].Anchor);
        Assert.Equal("functions.Bash:0", run.Steps[1].Anchor);
        Assert.False(run.Steps[0].HasObservation);
        Assert.Null(run.Steps[0].IsError);
        Assert.True(run.Steps[1].HasObservation);
        Assert.True(run.Steps[1].IsError);
    }

    [Fact]
    public void TheTurnsThinkingAndTextGoWithItsCall()
    {
        var run = CorpusRuns.ReadSingle(Inputs.StreamJsonFile);
        var second = run.Steps[1];

        Assert.StartsWith("The user wants me to analyze a program", second.Reasoning);
        Assert.Equal(" I'll start by exploring the environment to find the executable program.  ", second.Thought);
        Assert.Equal(new TokenUsage(93, 74, 21216, null), second.Tokens);
        Assert.NotNull(second.EndedAt);
    }
}
