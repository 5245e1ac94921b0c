using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.CodexRollout;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.CodexRollout;

public sealed class CodexEnvelopeCorpusTests
{
    public const string Tui = "codex-rollouts/codemie-code/rollout-2026-05-11T11-26-55-019e1625-789d-76c0-80ab-3724b5ddb799.jsonl";
    public const string Desktop = "codex-rollouts/codemie-code/rollout-2026-05-11T13-28-45-019e1695-0522-7c83-8b39-0dd379793f80.jsonl";



    [Fact]
    public void TheTuiRolloutFillsTheRunFromMetaContextAndEvents()
    {
        var run = CorpusRuns.ReadSingle(Tui);

        Assert.Equal("codex", run.Agent);
        Assert.Equal("0.125.0", run.AgentVersion);
        Assert.Equal("gpt-5.5", run.Model);
        Assert.Equal("show tools", run.Task);
        Assert.Equal(6055836, run.Metrics.InputTokens);
        Assert.Equal(9118, run.Metrics.OutputTokens);
        Assert.Equal(4929536, run.Metrics.CacheTokens);
        Assert.Equal(DateTimeOffset.Parse("2026-05-11T08:44:58.544Z", System.Globalization.CultureInfo.InvariantCulture), run.Metrics.EndedAt);
        Assert.NotNull(run.FinalMessage);
        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith("3 web_search_call", StringComparison.Ordinal));
    }

    [Fact]
    public void AStepHasItsLineTimesAndTheExitCodeOfItsEndEvent()
    {
        var run = CorpusRuns.ReadSingle(Tui);
        var first = run.Steps[0];
        var failed = run.Steps.Single(s => s.Id == 34);

        Assert.Equal(new Provenance(run.Path, 9, null, run.Sources[0].Sha256), first.Provenance);
        Assert.NotNull(first.StartedAt);
        Assert.NotNull(first.EndedAt);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("Process running with session ID", failed.Observation, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDesktopRolloutWithoutTurnContextStillReadsItsCalls()
    {
        var run = CorpusRuns.ReadSingle(Desktop);

        Assert.Equal("0.128.0-alpha.1", run.AgentVersion);
        Assert.Equal(38, run.Steps.Count);
        Assert.Equal(4, run.Steps[0].Provenance.Line);
    }
}
