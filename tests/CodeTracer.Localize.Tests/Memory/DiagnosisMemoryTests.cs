using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Memory;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Sqlite;
using CodeTracer.Testing;

namespace CodeTracer.Localize.Tests.Memory;

public sealed class DiagnosisMemoryTests : IDisposable
{
    private static readonly Run Run = new() { Path = "run", Format = "harbor-atif", Agent = "Claude-Code" };

    private readonly TempFolder _temp = new();
    private readonly SqliteMemoryRepository _repository;
    private readonly DiagnosisMemory _memory;

    public DiagnosisMemoryTests()
    {
        _repository = new SqliteMemoryRepository(new SqliteDatabase(Path.Combine(_temp.Path, "memory.db")));
        _memory = new DiagnosisMemory(_repository, TimeProvider.System);
    }

    public void Dispose() => _temp.Dispose();

    public static Diagnosis Diagnosed(string method, double confidence, ErrorCategory? category, string signal) => new()
    {
        Method = method,
        Reason = "any",
        Onset = new StepRef(5, "a5"),
        Incorrect = [5],
        Confidence = confidence,
        Category = category,
        Evidence = [new Evidence("repeated-actions", [2], "elsewhere"), new Evidence(signal, [4, 5], "at the onset")],
    };

    [Fact]
    public async Task TheSamePatternInTwoRunsIsOneEntryCountedTwiceAndTheSameRunCountsOnce()
    {
        var diagnosis = Diagnosed("llm", 0.8, ErrorCategory.MislocalizedEdit, "product-edits");

        await _memory.RecordAsync("run-1", Run, diagnosis, default);
        await _memory.RecordAsync("run-2", Run, diagnosis, default);
        Assert.Null(await _memory.RecordAsync("run-2", Run, diagnosis, default));

        var entry = Assert.Single(await _repository.ListTopAsync("claude-code", 10, default));
        Assert.Equal(("mislocalized-edit/product-edits", 2, 1.6), (entry.Key, entry.Occurrences, entry.Relevance));
        Assert.Equal("mislocalized-edit: the product-edits signal fired at the onset", entry.Pattern);
        Assert.Equal(MemoryPatterns.HintOf(ErrorCategory.MislocalizedEdit), entry.Advice);
        Assert.Equal(["run-1", "run-2"], entry.ExampleRunIds);
    }

    [Fact]
    public async Task PatternsAModelConfirmedRankAboveOnesOnlyTheHeuristicsSaw()
    {
        await _memory.RecordAsync("run-1", Run, Diagnosed("heuristic", 0.9, null, "unrecovered-errors"), default);
        await _memory.RecordAsync("run-2", Run, Diagnosed("heuristic", 0.9, null, "unrecovered-errors"), default);
        await _memory.RecordAsync("run-3", Run, Diagnosed("llm", 0.7, ErrorCategory.UnproductiveLooping, "repeated-actions"), default);
        await _memory.RecordAsync("run-4", Run, Diagnosed("llm", 0.7, ErrorCategory.UnproductiveLooping, "repeated-actions"), default);
        await _memory.RecordAsync("run-5", Run, Diagnosed("llm", 0.5, ErrorCategory.EnvironmentSetup, "no-such-signal-at-onset") with { Evidence = [] }, default);

        var top = await _memory.RecallAsync(Run, 2, default);

        Assert.Equal(["unproductive-looping/repeated-actions", "uncategorized/unrecovered-errors"], top.Select(e => e.Key));
        Assert.Equal([1.4, 0.9], top.Select(e => e.Relevance));
        Assert.Equal("environment-setup/no-signal", (await _memory.RecallAsync(Run, 10, default))[^1].Key);
    }

    [Fact]
    public async Task ADiagnosisWithoutAnOnsetTeachesNothing()
    {
        Assert.Null(await _memory.RecordAsync("run-1", Run, new Diagnosis { Method = "llm", Reason = "healthy" }, default));
        Assert.Empty(await _memory.RecallAsync(Run, 10, default));
    }

    [Fact]
    public async Task RecallIsCappedByTheRepositoryAndKeptPerFramework()
    {
        for (var i = 0; i < IMemoryRepository.MaxTop + 10; i++)
        {
            await _repository.UpsertAsync(new MemoryEntry { Framework = "claude-code", Key = $"k{i:00}", Pattern = "p", Relevance = i }, default);
        }

        await _repository.UpsertAsync(new MemoryEntry { Framework = "aider", Key = "other", Pattern = "p", Relevance = 1_000 }, default);

        var recalled = await _memory.RecallAsync(Run, 500, default);

        Assert.Equal(IMemoryRepository.MaxTop, recalled.Count);
        Assert.Equal("k59", recalled[0].Key);
        Assert.DoesNotContain(recalled, e => e.Framework != "claude-code");
    }
}
