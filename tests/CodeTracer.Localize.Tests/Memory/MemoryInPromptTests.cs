using CodeTracer.Testing.Llm;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Llm;
using CodeTracer.Localize.Memory;
using CodeTracer.Localize.Tests.Llm;
using CodeTracer.Storage.Sqlite;
using CodeTracer.Testing;
using Microsoft.Extensions.Options;

namespace CodeTracer.Localize.Tests.Memory;

public sealed class MemoryInPromptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TheDiagnoserShowsTheAgentsTopEntriesToTheModelAndRemembersTheResult()
    {
        var run = LlmCase.Corpus();
        var memory = new DiagnosisMemory(new SqliteMemoryRepository(new SqliteDatabase(Path.Combine(_temp.Path, "m.db"))), TimeProvider.System);
        await memory.RecordAsync("earlier-1", run.Run, DiagnosisMemoryTests.Diagnosed("llm", 0.9, ErrorCategory.MislocalizedEdit, "product-edits"), default);
        await memory.RecordAsync("earlier-2", run.Run, DiagnosisMemoryTests.Diagnosed("llm", 0.6, ErrorCategory.MislocalizedEdit, "product-edits"), default);
        await memory.RecordAsync("earlier-3", run.Run, DiagnosisMemoryTests.Diagnosed("heuristic", 0.8, null, "unrecovered-errors"), default);
        await memory.RecordAsync("earlier-4", run.Run, DiagnosisMemoryTests.Diagnosed("llm", 0.2, ErrorCategory.Other, "degenerate-actions"), default);
        using var server = new FakeOpenAiServer(
            FakeReply.GetSteps(5),
            FakeReply.Answer("""{"onset": 5, "incorrect": [5], "unuseful": [], "category": "MislocalizedEdit", "confidence": 0.5, "reason": "r", "replay": null}"""));
        using var http = new HttpClient();
        var options = LlmCase.Options(server) with { MemoryEntries = 2 };
        var diagnoser = new Diagnoser(new HeuristicLocalizer(), Options.Create(options), new LlmDiagnoser(options, http, TimeProvider.System), memory);

        var diagnosis = await diagnoser.DiagnoseAsync("this-run", run.Run, run.Tree, default);

        Assert.Equal(LlmDiagnoser.MethodName, diagnosis.Method);
        var prompt = server.MessagesOf(0)[1].Content;
        Assert.Contains($"""
            Failure patterns CodeTracer has seen before in runs of this agent (most relevant first):
            - mislocalized-edit/product-edits (seen 2x, relevance 1.5): mislocalized-edit: the product-edits signal fired at the onset Hint: {MemoryPatterns.HintOf(ErrorCategory.MislocalizedEdit)}
            - uncategorized/unrecovered-errors (seen 1x, relevance 0.4): uncategorized: the unrecovered-errors signal fired at the onset Hint: {MemoryPatterns.HintOf(null)}
            Inspect the steps
            """.ReplaceLineEndings("\n"), prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("other/degenerate-actions", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Failure patterns", server.MessagesOf(0)[0].Content, StringComparison.Ordinal);
        var learned = await memory.RecallAsync(run.Run, 10, default);
        Assert.Contains(learned, e => e.ExampleRunIds.Contains("this-run"));
    }
}
