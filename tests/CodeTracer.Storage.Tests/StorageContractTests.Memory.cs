using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    [SkippableFact]
    public async Task UpsertingAMemoryEntryByKeyKeepsOneEntry()
    {
        Assert.True(await Store.Memory.UpsertAsync(Samples.Memory("edits-tests", 0.5), Ct));
        var updated = Samples.Memory("edits-tests", 0.8, occurrences: 4);

        Assert.False(await Store.Memory.UpsertAsync(updated, Ct));

        Assert.Equal(Samples.Json(updated), Samples.Json(Assert.Single(await Store.Memory.ListTopAsync("claude-code", 10, Ct))));
        Assert.Equal(Samples.Json(updated), Samples.Json(await Store.Memory.GetAsync("claude-code", "edits-tests", Ct)));
    }

    [SkippableFact]
    public async Task TopEntriesRankByRelevanceThenOccurrencesThenKey()
    {
        await Store.Memory.UpsertAsync(Samples.Memory("low", 0.1), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("b-tied", 0.5, occurrences: 2), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("high", 0.9), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("a-tied", 0.5, occurrences: 2), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("seen-more", 0.5, occurrences: 7), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("other-framework", 1.0, framework: "openhands"), Ct);

        var top = await Store.Memory.ListTopAsync("claude-code", 4, Ct);

        Assert.Equal(["high", "seen-more", "a-tied", "b-tied"], top.Select(e => e.Key));
    }

    [SkippableFact]
    public async Task TopEntriesAreCappedAtMaxTop()
    {
        for (var i = 0; i < IMemoryRepository.MaxTop + 5; i++)
        {
            await Store.Memory.UpsertAsync(Samples.Memory($"k{i:D3}", i), Ct);
        }

        var top = await Store.Memory.ListTopAsync("claude-code", 1000, Ct);

        Assert.Equal(IMemoryRepository.MaxTop, top.Count);
        Assert.Equal($"k{IMemoryRepository.MaxTop + 4:D3}", top[0].Key);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.Memory.ListTopAsync("claude-code", 0, Ct));
    }

    [SkippableFact]
    public async Task AMissingMemoryEntryIsNull()
    {
        await Store.Memory.UpsertAsync(Samples.Memory("edits-tests", 0.5), Ct);

        Assert.Null(await Store.Memory.GetAsync("openhands", "edits-tests", Ct));
        Assert.Empty(await Store.Memory.ListTopAsync("openhands", 5, Ct));
    }

    [SkippableFact]
    public async Task FrameworksAreListedOnceEachInOrdinalOrder()
    {
        Assert.Empty(await Store.Memory.ListFrameworksAsync(Ct));
        await Store.Memory.UpsertAsync(Samples.Memory("edits-tests", 0.5, framework: "openhands"), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("edits-tests", 0.5), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("loops", 0.4), Ct);
        await Store.Memory.UpsertAsync(Samples.Memory("loops", 0.4, framework: "Aider"), Ct);

        // Ordinal: the capital sorts before the lowercase names, whatever the provider's collation.
        Assert.Equal(["Aider", "claude-code", "openhands"], await Store.Memory.ListFrameworksAsync(Ct));
    }
}
