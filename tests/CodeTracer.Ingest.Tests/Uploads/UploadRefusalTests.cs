using System.Net;
using CodeTracer.Contracts.Messages;
using CodeTracer.Ingest.Tests.Support;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Ingest.Tests.Uploads;

public sealed class UploadRefusalTests : IDisposable
{
    private readonly IngestApp _app = new(("CodeTracer:Ingest:MaxUploadBytes", "1024"));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARawUploadOverTheLimitIsRefusedWith413NamingTheLimit()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs?name=big.jsonl", Bodies.Raw(new byte[1025]));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.StartsWith("The body is larger than the limit of 1024 bytes", problem.Str("detail"));
        Assert.Equal(1024, problem.Int("max_upload_bytes"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AMultipartUploadOverTheLimitIsRefusedWhileItStreams()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs", Bodies.Multipart(new byte[4096], "big.jsonl"));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(1024, problem.Int("max_upload_bytes"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AnUploadOfExactlyTheLimitIsAccepted()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs", Bodies.Raw(new byte[1024]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyRawUploadIsRefusedWith400()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs?name=empty.jsonl", Bodies.Raw([]));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The upload is empty: send the artifact's bytes (or a multipart field named file).", problem.Str("detail"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AnEmptyMultipartFileIsRefusedWith400()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs", Bodies.Multipart([], "empty.jsonl"));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The upload is empty: send the artifact's bytes (or a multipart field named file).", problem.Str("detail"));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AMultipartUploadWithoutAFileFieldIsRefusedSayingWhichFieldToSend()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs", Bodies.Multipart("x"u8.ToArray(), "a.jsonl", field: "upload"));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The multipart upload has no field named file; send the artifact as -F file=@path.", problem.Str("detail"));
    }

    [Fact]
    public async Task AFormatHintThatIsNotAnExtractorIdIsRefused()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs?format=Claude%20Code", Bodies.Raw("x"u8.ToArray()));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "'Claude Code' is not an extractor id. Pass an id such as claude-code-stream-json, or leave format out to let detection decide.",
            problem.Str("detail"));
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        var page = await _app.Get<IRunRepository>().ListAsync(0, 10, CancellationToken.None);
        Assert.Equal(0, page.Total);
        Assert.Empty(Published.SoFar<RunSubmitted>(_app.Harness));
    }
}
