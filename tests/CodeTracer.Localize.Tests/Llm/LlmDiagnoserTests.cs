using CodeTracer.Testing.Llm;
using System.Text.Json.Nodes;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Llm;

namespace CodeTracer.Localize.Tests.Llm;

public sealed class LlmDiagnoserTests
{
    private const string Answer = """
        {"onset": 5, "incorrect": [5, 6], "unuseful": [7, 8], "category": "IncorrectHypothesis", "confidence": 0.8,
         "reason": "the edit assumed an import line the file never had",
         "replay": {"resume_from_step": 4, "instruction": "read count_tokens.py before editing it"}}
        """;

    [Fact]
    public async Task AModelThatReadsStepsThroughTheToolsGivesTheDiagnosis()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(
            FakeReply.GetSteps(5) with { PromptTokens = 2_000, CompletionTokens = 30 },
            FakeReply.Call("search_steps", """{"query": "count_tokens"}""") with { PromptTokens = 2_500, CompletionTokens = 20 },
            FakeReply.GetSteps(6) with { PromptTokens = 3_000, CompletionTokens = 20 },
            FakeReply.Answer(Answer) with { PromptTokens = 3_500, CompletionTokens = 120 });

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server) with { InputPricePer1K = 0.001m, OutputPricePer1K = 0.002m });

        Assert.Null(diagnosis.FallbackReason);
        Assert.Equal(LlmDiagnoser.MethodName, diagnosis.Method);
        Assert.Equal(new StepRef(5, run.Run.Steps[4].Anchor), diagnosis.Onset);
        Assert.Equal([5, 6], diagnosis.Incorrect);
        Assert.Equal([7, 8], diagnosis.Unuseful);
        Assert.Equal(ErrorCategory.IncorrectHypothesis, diagnosis.Category);
        Assert.Equal(0.8, diagnosis.Confidence);
        Assert.Equal("the edit assumed an import line the file never had", diagnosis.Reason);
        Assert.Equal(new ReplayHint(4, "read count_tokens.py before editing it"), diagnosis.Replay);
        Assert.Equal(run.Tree.StageOf(5)!.Id, diagnosis.SuspiciousStage);
        Assert.Equal((11_000L, 190L, 0.01138m), (diagnosis.Cost!.InputTokens, diagnosis.Cost.OutputTokens, diagnosis.Cost.Usd));
        Assert.Equal([5, 6], diagnosis.Evidence.Single(e => e.Signal == "llm-inspected").Steps);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task TheToolResultsGoBackToTheModelAndOnlyReadToolsAreOffered()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(FakeReply.GetSteps(5), FakeReply.GetSteps(6), FakeReply.Answer(Answer));

        await run.DiagnoseAsync(LlmCase.Options(server));

        var tools = server.Requests[0]["tools"]!.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>()).Order();
        Assert.Equal(["trajectory-get_file_history", "trajectory-get_stage", "trajectory-get_step", "trajectory-search_steps"], tools);
        var second = server.Requests[1]["messages"]!.AsArray();
        var call = second.Single(m => m!["tool_calls"] is not null)!["tool_calls"]![0]!;
        Assert.Equal("trajectory-get_step", call["function"]!["name"]!.GetValue<string>());
        var result = second.Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        Assert.Equal(call["id"]!.GetValue<string>(), result["tool_call_id"]!.GetValue<string>());
        Assert.Contains("step 5 | tool Edit | change", ContentOf(result), StringComparison.Ordinal);
        Assert.Contains("String to replace not found in file.", ContentOf(result), StringComparison.Ordinal);
        Assert.Equal(("system", LlmPrompt.System), server.MessagesOf(0)[0]);
    }

    [Fact]
    public async Task WithoutAnEndpointTheHeuristicDiagnosisStandsAndSaysWhy()
    {
        var run = LlmCase.Corpus();

        var diagnosis = await run.DiagnoseAsync(new LlmOptions());

        Assert.Equal(HeuristicLocalizer.MethodName, diagnosis.Method);
        Assert.Equal(run.Heuristic.Onset, diagnosis.Onset);
        Assert.Equal("no LLM endpoint is configured", diagnosis.FallbackReason);
    }

    private static string ContentOf(JsonNode message) => message["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };
}
