using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeTracer.Testing.Services;

/// <summary>The ingest API as a user's script calls it: raw uploads, NDJSON steps, JSON reads.</summary>
public sealed class IngestClient(Uri baseAddress) : IDisposable
{
    // Trace trees nest one level per state change, deeper than the default 64.
    private static readonly JsonDocumentOptions Deep = new() { MaxDepth = 1000 };

    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>POST /v1/runs with the raw bytes; returns the run id and whether the run was new (201) or known (200).</summary>
    public async Task<Upload> UploadAsync(byte[] content, string fileName)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await _http.PostAsync(new Uri($"/v1/runs?name={Uri.EscapeDataString(fileName)}", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            throw new HttpRequestException($"upload of {fileName} answered {(int)response.StatusCode}: {text}");
        }

        return new Upload(JsonNode.Parse(text)!["run_id"]!.GetValue<string>(), response.StatusCode);
    }

    public async Task<HttpStatusCode> PostStepsAsync(string runId, string ndjson)
    {
        using var body = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");
        using var response = await _http.PostAsync(new Uri($"/v1/runs/{runId}/steps", UriKind.Relative), body);
        return response.StatusCode;
    }

    /// <summary>GET a JSON resource; null on 404 (not made yet).</summary>
    public async Task<JsonNode?> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(), documentOptions: Deep);
    }

    public async Task<HttpStatusCode> StatusOfAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>Polls GET /v1/runs/{id}/diagnosis until it exists or the deadline passes.</summary>
    public async Task<JsonNode> WaitForDiagnosisAsync(string runId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await GetAsync($"/v1/runs/{runId}/diagnosis") is { } diagnosis)
            {
                return diagnosis;
            }

            if ((await GetAsync($"/v1/runs/{runId}"))?["status"]?.GetValue<string>() == "rejected")
            {
                throw new InvalidOperationException($"{runId} was rejected instead of diagnosed");
            }

            await Task.Delay(100);
        }

        var run = await GetAsync($"/v1/runs/{runId}");
        throw new TimeoutException($"{runId} has no diagnosis after {timeout}; the run: {run?.ToJsonString()}");
    }

    /// <summary>Every stored run (GET /v1/runs, up to the API's page cap of 500).</summary>
    public async Task<JsonArray> RunsAsync() => (await GetAsync("/v1/runs?take=500"))!["items"]!.AsArray();

    public void Dispose() => _http.Dispose();
}
