using CodeTracer.Testing.Llm;
using CodeTracer.Localize.Llm;

namespace CodeTracer.Localize.Tests.Llm;

public sealed class RepairTests
{
    private const string Good = """{"onset": 5, "incorrect": [5], "unuseful": [], "category": "IncorrectHypothesis", "confidence": 0.7, "reason": "wrong edit", "replay": null}""";

    [Fact]
    public async Task AnAnswerNamingAStepThatDoesNotExistIsSentBackWithTheErrorAndTheRepairIsAccepted()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(
            FakeReply.GetSteps(5),
            FakeReply.Answer("""{"onset": 5, "incorrect": [5, 42], "unuseful": [], "category": "IncorrectHypothesis", "confidence": 0.7, "reason": "wrong edit", "replay": null}"""),
            FakeReply.Answer(Good));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server));

        Assert.Equal((LlmDiagnoser.MethodName, 5), (diagnosis.Method, diagnosis.Onset!.Step));
        Assert.Equal([5], diagnosis.Incorrect);
        var reAsk = server.MessagesOf(2)[^1];
        Assert.Equal("user", reAsk.Role);
        Assert.Equal(LlmPrompt.Repair(["step 42 does not exist (steps are 1 to 8)"]), reAsk.Content);
    }

    [Fact]
    public async Task AnAnswerLabellingAStepTheModelNeverReadIsSentBackAndTheRepairIsAccepted()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(
            FakeReply.Answer(Good),
            FakeReply.GetSteps(5),
            FakeReply.Answer(Good));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server));

        Assert.Equal(LlmDiagnoser.MethodName, diagnosis.Method);
        Assert.Equal(5, diagnosis.Onset!.Step);
        Assert.Contains("step 5 is labelled incorrect but was never read with get_step", server.MessagesOf(1)[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerStillInvalidAfterTheLastRepairFallsBackWithTheErrors()
    {
        var run = LlmCase.Corpus();
        using var server = new FakeOpenAiServer(FakeReply.Answer("I think it is step 5."), FakeReply.Answer("Step 5, definitely."));

        var diagnosis = await run.DiagnoseAsync(LlmCase.Options(server) with { MaxRepairs = 1 });

        Assert.Equal(run.Heuristic with { FallbackReason = diagnosis.FallbackReason, Cost = diagnosis.Cost }, diagnosis);
        Assert.Equal("the answer was still invalid after 1 repair(s): the answer is not one JSON object", diagnosis.FallbackReason);
        Assert.Equal(2, server.Requests.Count);
    }
}
