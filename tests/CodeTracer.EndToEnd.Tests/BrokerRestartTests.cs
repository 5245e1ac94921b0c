using CodeTracer.Contracts.Messages;
using CodeTracer.EndToEnd.Tests.Support;
using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests;

/// <summary>RabbitMQ restarted mid-batch: every service reconnects and every upload made before still ends diagnosed.</summary>
[Collection(PipelineCollection.Name)]
public sealed class BrokerRestartTests
{
    [SkippableFact]
    public async Task ABrokerRestartDuringABatchLosesNoUpload()
    {
        BrokerRequirement.RequireOrSkip();
        await using var topology = await PipelineTopology.StartAsync();
        var batch = Batch.OfMiniSweAgentRuns(12);

        await batch.UploadAsync(topology);
        await topology.Events.WaitForAsync<RunExtracted>(_ => true, TimeSpan.FromSeconds(60));
        Broker.Restart();

        Assert.InRange(topology.Events.Of<FailureLocalized>().Count, 0, 11);
        await batch.AssertEveryRunDiagnosedOnceAsync(topology);
    }
}
