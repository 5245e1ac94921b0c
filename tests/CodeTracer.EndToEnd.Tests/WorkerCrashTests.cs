using CodeTracer.Contracts.Messages;
using CodeTracer.EndToEnd.Tests.Support;
using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests;

/// <summary>A worker process killed with messages in flight: its unacknowledged messages go to the replacement.</summary>
[Collection(PipelineCollection.Name)]
public sealed class WorkerCrashTests
{
    private const int Runs = 12;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task AnExtractWorkerKilledMidBatchLosesAndDuplicatesNoRun()
    {
        BrokerRequirement.RequireOrSkip();
        await using var topology = await PipelineTopology.StartAsync();
        var batch = Batch.OfMiniSweAgentRuns(Runs);

        await batch.UploadAsync(topology);
        await topology.Events.WaitForAsync<RunExtracted>(_ => true, Deadline);
        Assert.Single(topology.Processes(PipelineServices.Extract)).Kill();

        Assert.InRange(topology.Events.Of<RunExtracted>().Count, 1, Runs - 1);
        await topology.StartServiceAsync(PipelineServices.Extract);
        await batch.AssertEveryRunDiagnosedOnceAsync(topology);
    }

    [SkippableFact]
    public async Task ALocalizeWorkerKilledMidBatchLosesAndDuplicatesNoRun()
    {
        BrokerRequirement.RequireOrSkip();
        await using var topology = await PipelineTopology.StartAsync();
        var batch = Batch.OfMiniSweAgentRuns(Runs);

        await batch.UploadAsync(topology);
        await topology.Events.WaitForAsync<FailureLocalized>(_ => true, Deadline);
        Assert.Single(topology.Processes(PipelineServices.Localize)).Kill();

        Assert.InRange(topology.Events.Of<FailureLocalized>().Count, 1, Runs - 1);
        await topology.StartServiceAsync(PipelineServices.Localize);
        await batch.AssertEveryRunDiagnosedOnceAsync(topology);
    }
}
