using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.GeminiCli;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.GeminiCli;

public sealed class GeminiCliCorpusTests
{
    private const string Session = "gemini-cli/codemie-code/session-2025-12-01T21-45-5b959dae.json";



    [Fact]
    public void TheSessionFillsTheRunFromItsMessages()
    {
        var run = CorpusRuns.ReadSingle(Session);

        Assert.Equal("gemini-cli", run.Agent);
        Assert.Equal("gemini-3-pro-image-preview", run.Model);
        Assert.Equal("hi", run.Task);
        Assert.StartsWith("I've created the `lead_gemini.txt` file", run.FinalMessage, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.Parse("2025-12-01T21:45:34.362Z", System.Globalization.CultureInfo.InvariantCulture), run.Metrics.StartedAt);
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.Equal(run.Path, Assert.Single(run.Sources).Path);
    }

    [Fact]
    public void AStepCarriesItsResultThoughtsTokensAndLocation()
    {
        var run = CorpusRuns.ReadSingle(Session);
        var first = run.Steps[0];

        Assert.StartsWith("Directory listing for /Users/Jane_Smith/Documents/projects/epm-cdme/assistants:", first.Observation, StringComparison.Ordinal);
        Assert.Equal("{\"dir_path\":\"/Users/Jane_Smith/Documents/projects/epm-cdme/assistants/\"}", first.Action);
        Assert.StartsWith("Considering Directory Structure: I'm currently focused", first.Reasoning, StringComparison.Ordinal);
        Assert.NotNull(first.Tokens);
        Assert.Equal(new Provenance(run.Path, null, "messages[3].toolCalls[0]", run.Sources[0].Sha256), first.Provenance);
    }

    [Fact]
    public void CallsOfOneMessageShareAParallelGroup()
    {
        var run = CorpusRuns.ReadSingle(Session);

        Assert.Equal([6, 6, 6], run.Steps.Skip(5).Take(3).Select(s => s.ParallelGroup));
        Assert.Equal(9, run.Steps[8].ParallelGroup);
    }
}
