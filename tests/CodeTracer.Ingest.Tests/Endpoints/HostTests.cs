using System.Net;
using CodeTracer.Ingest.Tests.Support;

namespace CodeTracer.Ingest.Tests.Endpoints;

public sealed class HostTests : IDisposable
{
    private readonly IngestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task HealthzAnswers200()
    {
        var response = await _app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheV1Paths()
    {
        var document = await Json.ReadAsync(await _app.CreateClient().GetAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["/v1/runs", "/v1/runs/{id}", "/v1/runs/{id}/diagnosis", "/v1/runs/{id}/steps", "/v1/runs/{id}/steps/{n}", "/v1/runs/{id}/tree"],
            paths);
        Assert.True(document.GetProperty("paths").GetProperty("/v1/runs").TryGetProperty("post", out _));
    }
}
