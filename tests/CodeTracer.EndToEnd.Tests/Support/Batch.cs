using System.Net;
using CodeTracer.Contracts.Messages;
using CodeTracer.Testing;
using CodeTracer.Testing.Services;

namespace CodeTracer.EndToEnd.Tests.Support;

/// <summary>A batch of distinct corpus runs pushed through a topology, and the checks that none was lost or doubled.</summary>
public sealed class Batch
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    private Batch(IReadOnlyList<CorpusUpload> uploads) => Uploads = uploads;

    public IReadOnlyList<CorpusUpload> Uploads { get; }

    public List<string> RunIds { get; } = [];

    /// <summary>The first <paramref name="count"/> mini-SWE-agent trajectories: distinct files of a few hundred KB, long enough to be caught in flight.</summary>
    public static Batch OfMiniSweAgentRuns(int count) =>
        new([.. CorpusUpload.Of("mini-swe-agent-v2-toolcalls").Take(count)]);

    public async Task UploadAsync(PipelineTopology topology)
    {
        foreach (var upload in Uploads)
        {
            var uploaded = await topology.Ingest.UploadAsync(upload.Content, upload.FileName);
            Assert.Equal(HttpStatusCode.Created, uploaded.Status);
            RunIds.Add(uploaded.RunId);
        }
    }

    /// <summary>
    /// Every run diagnosed as in-process, stored once (one run record with one tree and one diagnosis), and
    /// announced; a redelivery may announce a run again, but only with the same diagnosis.
    /// </summary>
    public async Task AssertEveryRunDiagnosedOnceAsync(PipelineTopology topology)
    {
        Assert.Equal(Uploads.Count, RunIds.Distinct().Count());
        for (var i = 0; i < Uploads.Count; i++)
        {
            var (run, diagnosis) = InProcess.Diagnose(Uploads[i].SourcePath, Uploads[i].FileName);
            var overHttp = await WaitForDiagnosisAsync(topology, RunIds[i]);
            ApiJson.Equal(ApiJson.Of(diagnosis), overHttp);
            Assert.NotNull(await topology.Ingest.GetAsync($"/v1/runs/{RunIds[i]}/tree"));
            var announced = await topology.Events.WaitForAsync<FailureLocalized>(e => e.RunId == RunIds[i], Deadline);
            Assert.All(topology.Events.Of<FailureLocalized>().Where(e => e.RunId == RunIds[i]), e => Assert.Equal(announced, e, SameDiagnosis));
            Assert.Equal(diagnosis.Onset, announced.Onset);
            Assert.Equal(run.Outcome.Status, announced.Outcome);
        }

        var stored = await topology.Ingest.RunsAsync();
        Assert.Equal(RunIds.Order(StringComparer.Ordinal), stored.Select(r => r!["run_id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(stored, r => Assert.Equal("localized", r!["status"]!.GetValue<string>()));
        Assert.Equal(RunIds.Order(StringComparer.Ordinal), topology.Events.Of<FailureLocalized>().Select(e => e.RunId).Distinct().Order(StringComparer.Ordinal));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WaitForDiagnosisAsync(PipelineTopology topology, string runId)
    {
        try
        {
            return await topology.Ingest.WaitForDiagnosisAsync(runId, Deadline);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            var rejections = string.Join("\n", topology.Events.Of<RunRejected>().Where(r => r.RunId == runId));
            throw new InvalidOperationException($"{e.Message}\nrejections: {rejections}\n{topology.Logs()}", e);
        }
    }

    private static bool SameDiagnosis(FailureLocalized a, FailureLocalized b) =>
        a with { IncorrectSteps = [] } == b with { IncorrectSteps = [] } && a.IncorrectSteps.SequenceEqual(b.IncorrectSteps);
}
