using CodeTracer.Testing;

namespace CodeTracer.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeLlmTests
{
    [Fact]
    public async Task WithoutAnEndpointLlmSaysSoAndTheHeuristicsAnswer()
    {
        Assert.Null(Environment.GetEnvironmentVariable("CodeTracer__Llm__Endpoint"));

        var run = await CliRun.Of("analyze", Repository.PathOf("samples/claude-code-wrong-fix.jsonl"), "--json", "--llm");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("--llm: no LLM endpoint is configured", run.Error, StringComparison.Ordinal);
        Assert.Equal("heuristic", run.Json().GetProperty("runs")[0].GetProperty("diagnosis").GetProperty("method").GetString());
    }
}
