using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CodeTracer.Cli.Commands.Serve;
using CodeTracer.Testing;
using Microsoft.AspNetCore.Builder;
using OpenTelemetry.Trace;

namespace CodeTracer.Cli.Tests.Commands.Serve;

public sealed class ServeTests
{
    [Fact]
    public async Task AllRolesInOneProcessTurnAnUploadIntoADiagnosisOverHttp()
    {
        using var data = new TempFolder();
        var activities = new List<Activity>();
        await using var app = ServeHost.Build(
            new ServeOptions(ServeOptions.AllRoles, "http://127.0.0.1:0"),
            [
                new("CodeTracer:Storage:SqlitePath", Path.Combine(data.Path, "codetracer.db")),
                new("CodeTracer:Storage:BlobRoot", Path.Combine(data.Path, "blobs")),
            ],
            services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(activities)));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Repository.PathOf("samples/claude-code-wrong-fix.jsonl")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var upload = await http.PostAsync(new Uri("/v1/runs?name=claude-code-wrong-fix.jsonl", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var runId = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("run_id").GetString();

        var diagnosis = await PollAsync(http, $"/v1/runs/{runId}/diagnosis");

        Assert.Equal(5, diagnosis.GetProperty("onset").GetProperty("step").GetInt32());
        Assert.Equal("toolu_01E", diagnosis.GetProperty("onset").GetProperty("anchor").GetString());
        Assert.Equal("heuristic", diagnosis.GetProperty("method").GetString());
        await app.StopAsync();
        AssertOneTraceFromUploadToDiagnosis(activities);
    }

    [Theory]
    [InlineData("extract,tree", new[] { ServiceRole.Extract, ServiceRole.Tree })]
    [InlineData(" Localize ", new[] { ServiceRole.Localize })]
    public void RolesAreParsedCaseInsensitively(string text, ServiceRole[] expected)
    {
        var roles = ServeOptions.ParseRoles(text, out var error);

        Assert.Null(error);
        Assert.Equal(expected.Order(), roles.Order());
    }

    [Fact]
    public async Task AnUnknownRoleIsAUsageErrorNamingTheKnownOnes()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CodeTracerApp.RunAsync(["serve", "--roles", "ingest,frontend"], output, error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("unknown role 'frontend'; roles are ingest, extract, tree, localize", error.ToString().Trim());
    }

    /// <summary>The upload's activity and every consumer after it share one trace id: context crossed the bus.</summary>
    private static void AssertOneTraceFromUploadToDiagnosis(List<Activity> activities)
    {
        Activity[] snapshot;
        lock (activities)
        {
            snapshot = [.. activities];
        }

        var upload = Assert.Single(snapshot, a => a.DisplayName == "ingest run");
        var consumers = snapshot.Where(a => a.TraceId == upload.TraceId && a.Kind == ActivityKind.Consumer).Select(a => a.DisplayName).ToList();
        Assert.Contains(consumers, name => name.Contains("extract-run", StringComparison.Ordinal));
        Assert.Contains(consumers, name => name.Contains("build-trace-tree", StringComparison.Ordinal));
        Assert.Contains(consumers, name => name.Contains("localize-failure", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> PollAsync(HttpClient http, string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} still answers {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(100);
        }
    }
}
