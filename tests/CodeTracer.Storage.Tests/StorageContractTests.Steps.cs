using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    private const string LiveRun = "run-00000000000000aa";

    [SkippableFact]
    public async Task AppendedStepsReadBackInSequenceOrder()
    {
        Assert.Equal(3, await Store.Steps.AppendAsync(LiveRun, [Samples.Step(3), Samples.Step(1), Samples.Step(2)], Ct));

        var steps = await Store.Steps.ReadAsync(LiveRun, 1, Ct);

        Assert.Equal([1, 2, 3], steps.Select(s => s.Id));
        Assert.Equal(3, await Store.Steps.LastSequenceAsync(LiveRun, Ct));
    }

    [SkippableFact]
    public async Task AppendingASequenceNumberAgainKeepsTheFirstStep()
    {
        await Store.Steps.AppendAsync(LiveRun, [Samples.Step(1), Samples.Step(2)], Ct);

        var added = await Store.Steps.AppendAsync(LiveRun, [Samples.Step(2, "rm -rf build"), Samples.Step(3)], Ct);

        Assert.Equal(1, added);
        Assert.Equal("ls -la", (await Store.Steps.GetAsync(LiveRun, 2, Ct))!.Action);
        Assert.Equal([1, 2, 3], (await Store.Steps.ReadAsync(LiveRun, 1, Ct)).Select(s => s.Id));
    }

    [SkippableFact]
    public async Task ASequenceNumberTwiceInOneBatchIsStoredOnce()
    {
        var added = await Store.Steps.AppendAsync(LiveRun, [Samples.Step(1), Samples.Step(1, "whoami")], Ct);

        Assert.Equal(1, added);
        Assert.Equal("ls -la", Assert.Single(await Store.Steps.ReadAsync(LiveRun, 1, Ct)).Action);
    }

    [SkippableFact]
    public async Task ReadingFromASequenceNumberSkipsTheStepsBeforeIt()
    {
        await Store.Steps.AppendAsync(LiveRun, [Samples.Step(1), Samples.Step(2), Samples.Step(3), Samples.Step(4)], Ct);

        Assert.Equal([3, 4], (await Store.Steps.ReadAsync(LiveRun, 3, Ct)).Select(s => s.Id));
    }

    [SkippableFact]
    public async Task StepsOfOneRunDoNotShowInAnother()
    {
        await Store.Steps.AppendAsync(LiveRun, [Samples.Step(1), Samples.Step(2)], Ct);
        await Store.Steps.AppendAsync("run-00000000000000bb", [Samples.Step(1)], Ct);

        Assert.Equal(2, (await Store.Steps.ReadAsync(LiveRun, 1, Ct)).Count);
        Assert.Equal(1, await Store.Steps.LastSequenceAsync("run-00000000000000bb", Ct));
    }

    [SkippableFact]
    public async Task AStepReadsBackWithEveryField()
    {
        var step = Samples.Run().Steps[1];
        await Store.Steps.AppendAsync(LiveRun, [step], Ct);

        Assert.Equal(Samples.Json(step), Samples.Json(await Store.Steps.GetAsync(LiveRun, 2, Ct)));
    }

    [SkippableFact]
    public async Task AMissingStepIsNullAndAnUnknownRunHasNone()
    {
        await Store.Steps.AppendAsync(LiveRun, [Samples.Step(1)], Ct);

        Assert.Null(await Store.Steps.GetAsync(LiveRun, 2, Ct));
        Assert.Empty(await Store.Steps.ReadAsync("run-ffffffffffffffff", 1, Ct));
        Assert.Equal(0, await Store.Steps.LastSequenceAsync("run-ffffffffffffffff", Ct));
        Assert.Equal(0, await Store.Steps.AppendAsync(LiveRun, [], Ct));
    }
}
