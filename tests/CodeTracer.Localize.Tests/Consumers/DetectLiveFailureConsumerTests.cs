using CodeTracer.Contracts.Messages;
using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Live;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Signals;
using CodeTracer.Testing.Bus;

namespace CodeTracer.Localize.Tests.Consumers;

public sealed class DetectLiveFailureConsumerTests : IAsyncLifetime
{
    private const string RunId = "run-live000000000001";

    private PipelineHarness _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await PipelineHarness.StartAsync(bus => bus.AddLocalize());

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task AFailingCommandRunThreeTimesIsSuspectedOnceAtTheThirdRun()
    {
        await AppendAsync(Ok(1, "ls"), Failing(2, "pytest tests"), Ok(3, "cat setup.py"), Failing(4, "pytest tests"), Failing(5, "pytest  tests"));

        await _pipeline.Bus.Bus.Publish(new StepsAppended(RunId, SchemaVersions.Current, 1, 5, 5));
        await _pipeline.Bus.Bus.Publish(new StepsAppended(RunId, SchemaVersions.Current, 1, 5, 5));
        Assert.True(await _pipeline.Bus.Consumed.Any<StepsAppended>());

        var suspected = Assert.Single(await Suspicions());
        Assert.Equal((5, LiveDetectors.RetriedCommand, 0.6), (suspected.StepId, suspected.Signal, suspected.Confidence));
        Assert.Equal("step 5 runs a failing action for the 3th time unchanged", suspected.Detail);
        var stored = Assert.Single(await _pipeline.Get<ISuspectedFailureRepository>().ListAsync(RunId, default));
        Assert.Equal(5, stored.StepId);
    }

    [Fact]
    public async Task ALaterBatchAddsOnlyTheNewSigns()
    {
        await AppendAsync(Failing(1, "make"), Failing(2, "make"), Failing(3, "make"));
        await _pipeline.Bus.Bus.Publish(new StepsAppended(RunId, SchemaVersions.Current, 1, 3, 3));
        Assert.Single(await Suspicions());

        await AppendAsync(Failing(4, "make"), Failing(5, "npm test"));
        await _pipeline.Bus.Bus.Publish(new StepsAppended(RunId, SchemaVersions.Current, 4, 5, 2));
        Assert.Equal(3, await _pipeline.CountPublishedAsync<FailureSuspected>(RunId, expected: 3));

        var all = await Suspicions();
        Assert.Equal([(3, LiveDetectors.RetriedCommand), (4, LiveDetectors.RepeatedAction), (5, LiveDetectors.ErrorStreak)], all.Select(s => (s.StepId, s.Signal)).Order());
    }

    private async Task<List<FailureSuspected>> Suspicions() =>
        await _pipeline.Bus.Published.SelectAsync<FailureSuspected>(m => m.Context.Message.RunId == RunId).Select(m => m.Context.Message).ToListAsync();

    private Task AppendAsync(params Step[] steps) => _pipeline.Get<IStepRepository>().AppendAsync(RunId, steps, default);

    private static Step Ok(int id, string command) => Step(id, command, 0);

    private static Step Failing(int id, string command) => Step(id, command, 1);

    private static Step Step(int id, string command, int exitCode) => new()
    {
        Id = id, Anchor = $"call-{id}", Tool = "bash", Action = command, Observation = exitCode == 0 ? "ok" : "error", HasObservation = true,
        ExitCode = exitCode, Provenance = new Provenance("live", id, null, new string('0', 64)),
    };
}
