using CodeTracer.Contracts.Messages;
using CodeTracer.EndToEnd.Tests.Support;
using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests;

/// <summary>A message no retry can fix ends in its _error queue for operators and as a RunRejected for the user.</summary>
[Collection(PipelineCollection.Name)]
public sealed class PoisonMessageTests
{
    [SkippableFact]
    public async Task ARunSubmittedWhoseBlobIsMissingEndsInTheErrorQueueAndIsRejectedWithAReason()
    {
        BrokerRequirement.RequireOrSkip();
        await using var topology = await PipelineTopology.StartAsync();
        var hash = new string('e', 64);
        const string RunId = "run-eeeeeeeeeeeeeeee";

        await topology.Events.PublishAsync(
            new RunSubmitted(RunId, hash, SchemaVersions.Current, hash, "ghost.traj.json", DateTimeOffset.UtcNow));

        var rejected = await topology.Events.WaitForAsync<RunRejected>(e => e.RunId == RunId, TimeSpan.FromSeconds(60));
        Assert.Equal(
            new RunRejected(RunId, hash, SchemaVersions.Current, PipelineStage.Extract,
                $"ghost.traj.json: extraction failed after retries: the uploaded file ghost.traj.json (blob {hash}) of {RunId} is missing from the store; upload it again"),
            rejected);
        Assert.Equal(1, Broker.Queues(topology.VirtualHost)["extract-run_error"]);
        Assert.Equal(0, Broker.Queues(topology.VirtualHost)["extract-run"]);
        Assert.Equal("rejected", (await topology.Ingest.GetAsync($"/v1/runs/{RunId}"))!["status"]!.GetValue<string>());
    }
}
