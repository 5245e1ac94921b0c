using System.Globalization;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.OtelGenAiSpans;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.OtelGenAiSpans;

/// <summary>No corpus file: hand-written OTLP/JSON exports following the OpenTelemetry GenAI semantic conventions.</summary>
public sealed class OtelGenAiSpansFixtureTests
{
    public static readonly string Trace = Repository.PathOf("tests/CodeTracer.Extract.Tests/Formats/OtelGenAiSpans/Fixtures/genai-trace.json");
    public static readonly string Traces = Repository.PathOf("tests/CodeTracer.Extract.Tests/Formats/OtelGenAiSpans/Fixtures/genai-traces.jsonl");

    [Fact]
    public void EachExecuteToolSpanIsAStepInStartOrder()
    {
        var result = RunReader.CreateDefault().Read(Trace);
        Assert.Empty(result.Errors);
        var run = Assert.Single(result.Runs);

        Assert.Equal(OtelGenAiSpansExtractor.FormatId, run.Format);
        Assert.Equal(Trace, run.Path);
        Assert.Equal([1, 2, 3], run.Steps.Select(s => s.Id));
        // The third call has no gen_ai.tool.call.id: its span id is the anchor.
        Assert.Equal(["call_1", "call_2", "a1b2c3d4e5f60006"], run.Steps.Select(s => s.Anchor));
        Assert.Equal(["bash", "read_file", "bash"], run.Steps.Select(s => s.Tool));
        Assert.Equal(["pytest -q", "{\"path\":\"calc.py\"}", "git diff --stat"], run.Steps.Select(s => s.Action));
        Assert.Equal("{\"path\": \"calc.py\"}", run.Steps[1].Arguments);
    }

    [Fact]
    public void ResultsAndErrorStatusGiveObservationAndError()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Trace).Runs);

        Assert.Equal([true, true, true], run.Steps.Select(s => s.HasObservation));
        Assert.Equal([false, false, true], run.Steps.Select(s => s.IsError));
        Assert.Equal("F.\n1 failed, 1 passed\n", run.Steps[0].Observation);
        Assert.Equal("sandbox denied git", run.Steps[2].Observation);
        Assert.Equal([1, 1, 3], run.Steps.Select(s => s.ParallelGroup));
        Assert.Equal(At(1.05), run.Steps[0].StartedAt);
        Assert.Equal(At(2.5), run.Steps[0].EndedAt);
        Assert.Equal(new Provenance(Trace, null, "resourceSpans[0].scopeSpans[0].spans[5]", run.Sources[0].Sha256), run.Steps[2].Provenance);
    }

    [Fact]
    public void TheRunTakesAgentModelTaskAnswerAndTokensFromTheOtherSpans()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Trace).Runs);

        Assert.Equal("coder", run.Agent);
        Assert.Equal("gpt-4.1-2025-04-14", run.Model);
        Assert.Equal("Why does test_add fail?", run.Task);
        Assert.Equal("add() subtracts; change a - b to a + b.", run.FinalMessage);
        Assert.Equal(4300, run.Metrics.InputTokens);
        Assert.Equal(95, run.Metrics.OutputTokens);
        Assert.Equal(At(0), run.Metrics.StartedAt);
        Assert.Equal(At(9), run.Metrics.EndedAt);
        Assert.Equal(RunStatus.Complete, run.Status);
    }

    [Fact]
    public void AJsonLinesExportWithTwoTracesGivesOneRunPerTraceWithLines()
    {
        var runs = RunReader.CreateDefault().Read(Traces).Runs;

        Assert.Equal([Traces + "#5b8efff798038103d269b633813fc60c", Traces + "#0af7651916cd43dd8448eb211c80319c"], runs.Select(r => r.Path));
        Assert.All(runs, r => Assert.Equal(3, r.Steps.Count));
        Assert.Equal(2, runs[1].Steps[0].Provenance.Line);
    }

    private static DateTimeOffset At(double seconds) =>
        DateTimeOffset.Parse("2025-11-08T13:10:00Z", CultureInfo.InvariantCulture).AddTicks((long)Math.Round(seconds * 10_000_000));
}
