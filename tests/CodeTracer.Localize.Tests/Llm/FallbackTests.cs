using CodeTracer.Testing.Llm;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Tests.Llm;

public sealed class FallbackTests
{
    [Fact]
    public async Task UsageOverTheInputBudgetMidwayStopsTheConversationAndFallsBack()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(
            FakeReply.GetSteps(5) with { PromptTokens = 6_000 },
            FakeReply.GetSteps(6) with { PromptTokens = 7_000 },
            FakeReply.Answer("{}"));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server) with { MaxInputTokens = 10_000 });

        AssertFellBack(run, diagnosis);
        Assert.Equal("budget exceeded: input token budget: 13000 tokens used, the limit is 10000", diagnosis.FallbackReason);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(13_000, diagnosis.Cost!.InputTokens);
    }

    [Fact]
    public async Task CostOverTheBudgetMidwayFallsBack()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(
            FakeReply.GetSteps(5) with { PromptTokens = 4_000, CompletionTokens = 100 },
            FakeReply.GetSteps(6) with { PromptTokens = 4_000, CompletionTokens = 100 },
            FakeReply.Answer("{}"));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server) with { InputPricePer1K = 0.01m, OutputPricePer1K = 0.03m, MaxCostUsd = 0.05m });

        AssertFellBack(run, diagnosis);
        Assert.Equal("budget exceeded: cost budget: $0.086 spent, the limit is $0.05", diagnosis.FallbackReason);
    }

    [Fact]
    public async Task MoreToolCallsThanAllowedFallBack()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(FakeReply.GetSteps(1, 2, 3), FakeReply.GetSteps(4, 5), FakeReply.Answer("{}"));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server) with { MaxToolCalls = 4 });

        AssertFellBack(run, diagnosis);
        Assert.Equal("budget exceeded: tool call budget: 5 calls asked for, the limit is 4", diagnosis.FallbackReason);
    }

    [Fact]
    public async Task AServerErrorFallsBack()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(FakeReply.Error(500));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server));

        AssertFellBack(run, diagnosis);
        Assert.Equal("LLM endpoint error: HTTP 500 InternalServerError", diagnosis.FallbackReason);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AModelSlowerThanTheTimeLimitFallsBack()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(FakeReply.GetSteps(5), FakeReply.Answer("{}") with { Delay = TimeSpan.FromSeconds(10) });

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server) with { Timeout = TimeSpan.FromMilliseconds(800) });

        AssertFellBack(run, diagnosis);
        Assert.Equal("budget exceeded: time limit of 0.8s", diagnosis.FallbackReason);
        Assert.InRange(diagnosis.Cost!.Duration, TimeSpan.FromMilliseconds(700), TimeSpan.FromSeconds(5));
    }

    /// <summary>The fallback is the heuristic diagnosis itself: only the reason and what was spent are added.</summary>
    private static void AssertFellBack(LlmCase run, Contracts.Diagnoses.Diagnosis diagnosis)
    {
        Assert.Equal(HeuristicLocalizer.MethodName, diagnosis.Method);
        Assert.Equal(run.Heuristic with { FallbackReason = diagnosis.FallbackReason, Cost = diagnosis.Cost }, diagnosis);
        Assert.NotNull(diagnosis.FallbackReason);
    }
}
