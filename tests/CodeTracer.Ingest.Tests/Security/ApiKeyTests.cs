using System.Net;
using CodeTracer.Ingest.Tests.Support;

namespace CodeTracer.Ingest.Tests.Security;

public sealed class ApiKeyTests : IDisposable
{
    private readonly IngestApp _app = new(("CodeTracer:Ingest:ApiKeys:0", "first-key"), ("CodeTracer:Ingest:ApiKeys:1", "second-key"));

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task WithKeysConfiguredARequestWithoutTheHeaderGets401()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs", Bodies.Raw("x"u8.ToArray()));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("This API needs a key: send it in the X-Api-Key header.", problem.Str("detail"));
    }

    [Fact]
    public async Task AWrongKeyGets401()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "first-ke");

        var problem = await ProblemAssert.IsAsync(await client.GetAsync("/v1/runs"), HttpStatusCode.Unauthorized);

        Assert.Equal("The key in the X-Api-Key header is not one this service accepts.", problem.Str("detail"));
    }

    [Theory]
    [InlineData("first-key")]
    [InlineData("second-key")]
    public async Task AnyConfiguredKeyIsAccepted(string key)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/runs", Bodies.Raw("x"u8.ToArray()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/runs")).StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    public async Task HealthAndTheOpenApiDocumentNeedNoKey(string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync(path)).StatusCode);
    }
}
