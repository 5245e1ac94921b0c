using System.Net;
using CodeTracer.Contracts.Messages;
using CodeTracer.EndToEnd.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.EndToEnd.Tests;

/// <summary>Real corpus runs uploaded over HTTP come back diagnosed, over HTTP and as events, exactly as in-process.</summary>
[Collection(PipelineCollection.Name)]
public sealed class UploadedRunsTests(SharedTopology shared) : IClassFixture<SharedTopology>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> Uploads => new()
    {
        // A Claude Code stream-json transcript uploaded as the bare file.
        { "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe", "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe/agent/claude-code.txt" },
        // A mini-SWE-agent trajectory (<id>.traj.json).
        { "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256", "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256/pydicom__pydicom-1256.traj.json" },
        // A Harbor trial folder packed as .tar.gz.
        { "terminal-bench-kimi-k2.5/crack-7z-hash__qM5scQs", "terminal-bench-kimi-k2.5/crack-7z-hash__qM5scQs.tar.gz" },
    };

    [SkippableTheory]
    [MemberData(nameof(Uploads))]
    public async Task AnUploadedCorpusRunIsDiagnosedOverHttpAndAnnouncedAsInProcess(string indexPath, string upload)
    {
        var topology = await shared.GetAsync();
        var expected = ExpectedIndex.Get(indexPath);
        var archive = upload.EndsWith(".tar.gz", StringComparison.Ordinal);
        var source = Corpus.PathOf(archive ? indexPath : upload);
        var content = archive ? CorpusArchives.TarGz(indexPath) : File.ReadAllBytes(source);
        var (run, diagnosis) = InProcess.Diagnose(source, Path.GetFileName(upload));

        var uploaded = await topology.Ingest.UploadAsync(content, Path.GetFileName(upload));

        Assert.Equal(HttpStatusCode.Created, uploaded.Status);
        var overHttp = await topology.Ingest.WaitForDiagnosisAsync(uploaded.RunId, Deadline);
        ApiJson.Equal(ApiJson.Of(diagnosis), overHttp);
        var announced = await topology.Events.WaitForAsync<FailureLocalized>(e => e.RunId == uploaded.RunId, Deadline);
        Assert.Equal(diagnosis.Onset, announced.Onset);
        Assert.Equal(diagnosis.Incorrect, announced.IncorrectSteps);
        Assert.Equal(diagnosis.Confidence, announced.Confidence);
        Assert.Equal(diagnosis.Method, announced.Method);
        Assert.Equal(diagnosis.Reason, announced.Reason);
        Assert.Equal(run.Outcome.Status, announced.Outcome);
        var extracted = Assert.Single(topology.Events.Of<RunExtracted>(), e => e.RunId == uploaded.RunId);
        Assert.Equal(expected.StepCount, extracted.StepCount);
        Assert.Equal(expected.Format, extracted.Format);
        Assert.Equal(HttpStatusCode.OK, await topology.Ingest.StatusOfAsync($"/v1/runs/{uploaded.RunId}/steps/{expected.StepCount}"));
        Assert.Equal(HttpStatusCode.NotFound, await topology.Ingest.StatusOfAsync($"/v1/runs/{uploaded.RunId}/steps/{expected.StepCount + 1}"));
        Assert.Equal("localized", (await topology.Ingest.GetAsync($"/v1/runs/{uploaded.RunId}"))!["status"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task ALiveRunThatRetriesAFailingCommandRaisesOneFailureSuspected()
    {
        var topology = await shared.GetAsync();
        var runId = "live-" + Guid.NewGuid().ToString("N");
        const string Ndjson = """
            {"seq":1,"tool":"Bash","action":"make test","observation":"make: *** [test] Error 2","is_error":true}
            {"seq":2,"tool":"Bash","action":"make test","observation":"make: *** [test] Error 2","is_error":true}
            {"seq":3,"tool":"Bash","action":"make test","observation":"make: *** [test] Error 2","is_error":true}

            """;

        Assert.Equal(HttpStatusCode.OK, await topology.Ingest.PostStepsAsync(runId, Ndjson));

        var suspected = await topology.Events.WaitForAsync<FailureSuspected>(e => e.RunId == runId, Deadline);
        Assert.Equal(new FailureSuspected(runId, SchemaVersions.Current, 3, "retried-command", "step 3 runs a failing action for the 3th time unchanged", 0.6), suspected);
        await Task.Delay(500);
        Assert.Single(topology.Events.Of<FailureSuspected>(), e => e.RunId == runId);
    }
}
