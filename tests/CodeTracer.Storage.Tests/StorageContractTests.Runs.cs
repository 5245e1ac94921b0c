using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    [SkippableFact]
    public async Task SavingTheSameRunTwiceKeepsOneRecord()
    {
        var first = Samples.Record("a");
        var again = first with { Status = RunRecordStatus.Extracted, Format = "openhands", CreatedAt = first.CreatedAt.AddHours(1) };

        Assert.True(await Store.Runs.UpsertAsync(first, Ct));
        Assert.False(await Store.Runs.UpsertAsync(again, Ct));

        var page = await Store.Runs.ListAsync(0, 10, Ct);
        Assert.Equal(1, page.Total);
        Assert.Equal(again with { CreatedAt = first.CreatedAt }, Assert.Single(page.Items));
    }

    [SkippableFact]
    public async Task ARunRecordReadsBackWithEveryField()
    {
        var record = Samples.Record("a") with { Status = RunRecordStatus.Rejected, Format = "mini-swe-agent" };
        await Store.Runs.UpsertAsync(record, Ct);

        Assert.Equal(record, await Store.Runs.GetAsync(record.RunId, Ct));
    }

    [SkippableFact]
    public async Task AMissingRunIsNull()
    {
        Assert.Null(await Store.Runs.GetAsync("run-0000000000000000", Ct));
        Assert.Null(await Store.Runs.GetRunAsync("run-0000000000000000", Ct));
    }

    [SkippableFact]
    public async Task AnotherContentHashUnderAStoredRunIdIsRefused()
    {
        var record = Samples.Record("a");
        await Store.Runs.UpsertAsync(record, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.Runs.UpsertAsync(record with { ContentHash = Samples.Hash("b"), Format = "other" }, Ct));
        Assert.Equal(record, await Store.Runs.GetAsync(record.RunId, Ct));
    }

    [SkippableFact]
    public async Task TheRunModelRoundTripsLosslessly()
    {
        var record = Samples.Record("a");
        await Store.Runs.UpsertAsync(record, Ct);

        Assert.True(await Store.Runs.SaveRunAsync(record.RunId, record.ContentHash, Samples.Run(), Ct));

        Assert.Equal(Samples.Json(Samples.Run()), Samples.Json(await Store.Runs.GetRunAsync(record.RunId, Ct)));
        Assert.Equal(record, await Store.Runs.GetAsync(record.RunId, Ct));
    }

    [SkippableFact]
    public async Task ARunModelWithoutItsRecordIsNotStored()
    {
        var record = Samples.Record("a");
        Assert.False(await Store.Runs.SaveRunAsync(record.RunId, record.ContentHash, Samples.Run(), Ct));

        await Store.Runs.UpsertAsync(record, Ct);
        Assert.False(await Store.Runs.SaveRunAsync(record.RunId, Samples.Hash("b"), Samples.Run(), Ct));
        Assert.Null(await Store.Runs.GetRunAsync(record.RunId, Ct));
    }

    [SkippableFact]
    public async Task ListingPagesThroughRunsNewestFirst()
    {
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        var records = Enumerable.Range(0, 5).Select(i => Samples.Record($"r{i}", t0.AddMinutes(i))).ToList();
        foreach (var record in records)
        {
            await Store.Runs.UpsertAsync(record, Ct);
        }

        string[] Ids(Page<RunRecord> page) => page.Items.Select(r => r.RunId).ToArray();
        var first = await Store.Runs.ListAsync(0, 2, Ct);
        var second = await Store.Runs.ListAsync(2, 2, Ct);
        var last = await Store.Runs.ListAsync(4, 2, Ct);
        var beyond = await Store.Runs.ListAsync(5, 2, Ct);

        Assert.Equal([records[4].RunId, records[3].RunId], Ids(first));
        Assert.Equal([records[2].RunId, records[1].RunId], Ids(second));
        Assert.Equal([records[0].RunId], Ids(last));
        Assert.Empty(beyond.Items);
        Assert.All([first, second, last, beyond], page => Assert.Equal(5, page.Total));
    }

    [SkippableFact]
    public async Task ListingRefusesAnEmptyOrNegativePage()
    {
        var runs = Store.Runs;
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => runs.ListAsync(0, 0, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => runs.ListAsync(-1, 10, Ct));
    }
}
