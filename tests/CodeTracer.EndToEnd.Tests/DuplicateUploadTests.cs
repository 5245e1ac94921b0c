using System.Net;
using CodeTracer.Contracts.Messages;
using CodeTracer.EndToEnd.Tests.Support;
using CodeTracer.Testing;
using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests;

/// <summary>The same bytes uploaded twice, the second time while the first is still in the pipeline.</summary>
[Collection(PipelineCollection.Name)]
public sealed class DuplicateUploadTests
{
    [SkippableFact]
    public async Task TheSameRunUploadedTwiceIsStoredDiagnosedAndAnnouncedOnce()
    {
        BrokerRequirement.RequireOrSkip();
        await using var topology = await PipelineTopology.StartAsync();
        var path = Corpus.PathOf("mini-swe-agent/deepseek_chat_dev/pvlib__pvlib-python-1154/pvlib__pvlib-python-1154.traj.json");
        var content = await File.ReadAllBytesAsync(path);

        var first = await topology.Ingest.UploadAsync(content, Path.GetFileName(path));
        var second = await topology.Ingest.UploadAsync(content, Path.GetFileName(path));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(new Upload(first.RunId, HttpStatusCode.OK), second);
        var diagnosis = await topology.Ingest.WaitForDiagnosisAsync(first.RunId, TimeSpan.FromSeconds(60));
        ApiJson.Equal(ApiJson.Of(InProcess.Diagnose(path).Diagnosis), diagnosis);
        await topology.Events.WaitForAsync<FailureLocalized>(e => e.RunId == first.RunId, TimeSpan.FromSeconds(60));
        // Long enough for a second round through extract, tree and localize to show.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal([first.RunId], (await topology.Ingest.RunsAsync()).Select(r => r!["run_id"]!.GetValue<string>()));
        Assert.Single(topology.Events.Of<RunExtracted>());
        Assert.Single(topology.Events.Of<FailureLocalized>());
    }
}
