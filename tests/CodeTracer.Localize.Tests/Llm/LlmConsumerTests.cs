using CodeTracer.Testing.Llm;
using CodeTracer.Contracts.Messages;
using CodeTracer.Extract;
using CodeTracer.Localize.Llm;
using CodeTracer.Localize.Memory;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Memory;
using CodeTracer.Testing;
using CodeTracer.Testing.Bus;
using CodeTracer.Tree;

namespace CodeTracer.Localize.Tests.Llm;

public sealed class LlmConsumerTests
{
    private const string Transcript = "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe/agent/claude-code.txt";

    [Fact]
    public async Task WithAnEndpointConfiguredTheConsumerPublishesTheLlmDiagnosisAndRemembersIt()
    {
        using var server = new FakeOpenAiServer(
            FakeReply.GetSteps(1),
            FakeReply.Answer("""{"onset": 1, "incorrect": [1], "unuseful": [], "category": "EnvironmentSetup", "confidence": 0.6, "reason": "started in the wrong folder", "replay": null}"""));
        await using var pipeline = await PipelineHarness.StartAsync(
            bus => bus.AddExtract().AddTree().AddLocalize(),
            new Dictionary<string, string?> { ["CodeTracer:Llm:Endpoint"] = server.Endpoint.ToString(), ["CodeTracer:Llm:Model"] = "fake-model" });

        var submitted = await pipeline.SubmitFileAsync(Corpus.PathOf(Transcript));
        var localized = await pipeline.PublishedAsync<FailureLocalized>(submitted.RunId);

        Assert.NotNull(localized);
        Assert.Equal((LlmDiagnoser.MethodName, 1, "started in the wrong folder"), (localized.Method, localized.Onset!.Step, localized.Reason));
        var stored = await pipeline.Get<IDiagnosisRepository>().GetAsync(submitted.RunId, default);
        Assert.NotNull(stored!.Cost);
        Assert.Equal("fake-model", server.Requests[0]["model"]!.GetValue<string>());
        var run = RunReader.CreateDefault().Read(Corpus.PathOf(Transcript)).Runs.Single();
        var remembered = Assert.Single(await pipeline.Get<IMemoryRepository>().ListTopAsync(DiagnosisMemory.FrameworkOf(run), 10, default));
        Assert.Equal(MemoryPatterns.KeyOf(stored), remembered.Key);
        Assert.Equal([submitted.RunId], remembered.ExampleRunIds);
    }
}
