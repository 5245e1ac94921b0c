using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.ClaudeCodeSession;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.ClaudeCodeSession;

public sealed class ClaudeCodeSessionCorpusTests
{
    public const string Sample = "claude-code-sessions/session-share_samples/0ccf1a04-1b4c-43b6-8aa5-79e41db43a68.jsonl";
    public const string Fixture = "claude-code-sessions/session-share_fixtures/read-tool-variants.jsonl";



    [Fact]
    public void EachSubAgentFileIsNestedUnderTheTaskCallThatLaunchedIt()
    {
        var run = CorpusRuns.ReadSingle(Sample);

        // Steps 1-3 and 5-6 are Task calls; each result names its agentId, whose file holds one WebSearch.
        Assert.Equal([1, 1, 1, 0, 1, 1, 0], run.Steps.Select(s => s.SubSteps.Count));
        var green = run.Steps[0].SubSteps[0];
        Assert.Equal("toolu_01PbNHYP89faAi7aGMkumxin", green.Anchor);
        Assert.Equal("WebSearch", green.Tool);
        Assert.Equal(1, green.Id);
        Assert.True(green.HasObservation);
        Assert.EndsWith("subagents/agent-a9cad17.jsonl", green.Provenance.File, StringComparison.Ordinal);
        Assert.Equal(2, green.Provenance.Line);
        Assert.Equal(6, run.Sources.Count);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void TheRunHasModelVersionTaskAndTheSummaryAsContext()
    {
        var run = CorpusRuns.ReadSingle(Sample);

        Assert.Equal("claude-code", run.Agent);
        Assert.NotNull(run.Model);
        Assert.NotNull(run.AgentVersion);
        Assert.StartsWith("Spaw sub-agents to write poems about Thai green curry", run.Task, StringComparison.Ordinal);
        Assert.NotNull(run.Metrics.StartedAt);
        Assert.True(run.Metrics.OutputTokens > 0);
        var summary = Assert.Single(run.Diagnostics, d => d.Message.StartsWith("summary: ", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, summary.Severity);
        Assert.Equal(86, summary.Line);
    }

    [Fact]
    public void CommentLinesAreSkippedButCountedForProvenance()
    {
        var run = CorpusRuns.ReadSingle(Fixture);

        Assert.Equal("claude-opus-4-5-20251101", run.Model);
        Assert.Equal("2.1.25", run.AgentVersion);
        Assert.Equal(new Provenance(run.Path, 5, null, run.Sources[0].Sha256), run.Steps[0].Provenance);
        Assert.Equal("{\"file_path\":\"/Users/pete/git/moredip/session-share/e2e-tests/conftest.py\"}", run.Steps[0].Action);
        Assert.Equal(RunStatus.Complete, run.Status);
    }
}
