using System.Net;
using CodeTracer.Contracts.Messages;
using CodeTracer.Ingest.Tests.Support;
using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Ingest.Tests.Uploads;

public sealed class UploadTests : IDisposable
{
    private readonly IngestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task UploadingACorpusFileNamesTheRunByItsContentHashAndAnnouncesItOnce()
    {
        var bytes = Bodies.CorpusBytes();
        var hash = Bodies.Sha256(bytes);
        var client = _app.CreateClient();

        var response = await client.PostAsync("/v1/runs?name=claude-code.txt", Bodies.Raw(bytes));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/v1/runs/run-{hash[..16]}", response.Headers.Location?.OriginalString);
        var run = await Json.ReadAsync(response);
        Assert.Equal("run-" + hash[..16], run.Str("run_id"));
        Assert.Equal(hash, run.Str("content_hash"));
        Assert.Equal("submitted", run.Str("status"));
        Assert.Equal("claude-code.txt", run.Str("file_name"));
        Assert.Equal(hash, run.Str("blob_key"));
        Assert.False(run.GetProperty("live").GetBoolean());
        Assert.Equal(_app.Clock.Now, run.GetProperty("created_at").GetDateTimeOffset());

        var submitted = Assert.Single(await Published.AllAsync<RunSubmitted>(_app.Harness));
        Assert.Equal(new RunSubmitted("run-" + hash[..16], hash, 1, hash, "claude-code.txt", _app.Clock.Now), submitted);

        await using var stored = await _app.Get<IBlobStore>().GetAsync(hash, CancellationToken.None);
        using var copy = new MemoryStream();
        await stored!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task UploadingTheSameBytesTwiceNamesTheSameRun()
    {
        var bytes = Bodies.CorpusBytes();
        var client = _app.CreateClient();
        var first = await Json.ReadAsync(await client.PostAsync("/v1/runs?name=claude-code.txt", Bodies.Raw(bytes)));
        _app.Clock.Now = _app.Clock.Now.AddMinutes(5);

        var again = await client.PostAsync("/v1/runs?name=renamed.txt", Bodies.Raw(bytes));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Location);
        var second = await Json.ReadAsync(again);
        Assert.Equal(first.Str("run_id"), second.Str("run_id"));
        Assert.Equal("claude-code.txt", second.Str("file_name"));
        Assert.Equal(first.GetProperty("created_at").GetDateTimeOffset(), second.GetProperty("created_at").GetDateTimeOffset());
        var page = await _app.Get<IRunRepository>().ListAsync(0, 10, CancellationToken.None);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task ReuploadingARunThePipelineAlreadyProcessedAnnouncesNothingNew()
    {
        var bytes = Bodies.CorpusBytes();
        var client = _app.CreateClient();
        await client.PostAsync("/v1/runs?name=claude-code.txt", Bodies.Raw(bytes));
        var runs = _app.Get<IRunRepository>();
        var record = await runs.GetAsync(Bodies.RunIdOf(bytes), CancellationToken.None);
        await runs.UpsertAsync(record! with { Status = RunRecordStatus.Extracted, Format = "claude-code-stream-json" }, CancellationToken.None);

        var again = await client.PostAsync("/v1/runs", Bodies.Raw(bytes));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var run = await Json.ReadAsync(again);
        Assert.Equal("extracted", run.Str("status"));
        Assert.Equal("claude-code-stream-json", run.Str("format"));
        Assert.Single(Published.SoFar<RunSubmitted>(_app.Harness));
    }

    [Fact]
    public async Task ReuploadingARunSubmittedMomentsAgoAnnouncesNothingNew()
    {
        var bytes = Bodies.CorpusBytes();
        var client = _app.CreateClient();
        await client.PostAsync("/v1/runs?name=claude-code.txt", Bodies.Raw(bytes));
        _app.Clock.Now = _app.Clock.Now.AddMinutes(2).AddMilliseconds(-1);

        var again = await client.PostAsync("/v1/runs", Bodies.Raw(bytes));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("submitted", (await Json.ReadAsync(again)).Str("status"));
        Assert.Single(Published.SoFar<RunSubmitted>(_app.Harness));
    }

    [Fact]
    public async Task ReuploadingARunStillSubmittedAfterResubmitAfterAnnouncesItAgain()
    {
        var bytes = Bodies.CorpusBytes();
        var client = _app.CreateClient();
        await client.PostAsync("/v1/runs?name=claude-code.txt", Bodies.Raw(bytes));
        _app.Clock.Now = _app.Clock.Now.AddMinutes(2);

        var again = await client.PostAsync("/v1/runs", Bodies.Raw(bytes));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var messages = Published.SoFar<RunSubmitted>(_app.Harness);
        Assert.Equal([Bodies.RunIdOf(bytes), Bodies.RunIdOf(bytes)], messages.Select(m => m.RunId));
    }

    [Fact]
    public async Task ReuploadingARejectedRunWithAFormatHintSubmitsItAgain()
    {
        var bytes = Bodies.CorpusBytes();
        var client = _app.CreateClient();
        await client.PostAsync("/v1/runs?name=claude-code.txt", Bodies.Raw(bytes));
        var runs = _app.Get<IRunRepository>();
        var record = await runs.GetAsync(Bodies.RunIdOf(bytes), CancellationToken.None);
        await runs.UpsertAsync(record! with { Status = RunRecordStatus.Rejected }, CancellationToken.None);

        var again = await client.PostAsync("/v1/runs?format=claude-code-stream-json", Bodies.Raw(bytes));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("submitted", (await Json.ReadAsync(again)).Str("status"));
        var messages = Published.SoFar<RunSubmitted>(_app.Harness);
        Assert.Equal([null, "claude-code-stream-json"], messages.Select(m => m.FormatHint));
    }

    [Fact]
    public async Task AMultipartUploadStoresTheFilePartUnderItsFileNameWithTheFormatHint()
    {
        var bytes = Bodies.CorpusBytes();
        var hash = Bodies.Sha256(bytes);
        var client = _app.CreateClient();

        var response = await client.PostAsync("/v1/runs?format=claude-code-stream-json", Bodies.Multipart(bytes, "agent/claude-code.txt"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await Json.ReadAsync(response);
        Assert.Equal(Bodies.RunIdOf(bytes), run.Str("run_id"));
        Assert.Equal("claude-code.txt", run.Str("file_name"));
        var submitted = Assert.Single(await Published.AllAsync<RunSubmitted>(_app.Harness));
        Assert.Equal(new RunSubmitted(Bodies.RunIdOf(bytes), hash, 1, hash, "claude-code.txt", _app.Clock.Now, "claude-code-stream-json"), submitted);
    }

    [Fact]
    public async Task AnArchiveIsAcceptedAsItIsForTheExtractWorkerToUnpack()
    {
        byte[] gzip = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
        var client = _app.CreateClient();

        var response = await client.PostAsync("/v1/runs?name=trial.tar.gz", Bodies.Raw(gzip));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var run = await Json.ReadAsync(response);
        Assert.Equal(Bodies.RunIdOf(gzip), run.Str("run_id"));
        Assert.Equal("trial.tar.gz", run.Str("file_name"));
    }

    [Fact]
    public async Task ARawBodyWithoutANameIsStoredUnderTheNameUpload()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs", Bodies.Raw("{\"type\":\"system\"}\n"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("upload", (await Json.ReadAsync(response)).Str("file_name"));
    }
}
