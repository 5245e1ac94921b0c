using System.Diagnostics;
using System.Text;
using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Ingest.Endpoints;
using CodeTracer.Ingest.Uploads;
using CodeTracer.Storage.Runs;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CodeTracer.Ingest.LiveSteps;

/// <summary>
/// <c>POST /v1/runs/{id}/steps</c>: NDJSON, one step per line. The first post opens the live run. Lines are read
/// in order; at the first bad line the steps before it are stored and the answer names the line.
/// </summary>
internal static class StepsEndpoint
{
    public static async Task<IResult> HandleAsync(
        string id, HttpContext http, IStepRepository steps, IPublishEndpoint publish, IOptionsMonitor<IngestOptions> options)
    {
        if (!LiveRunIds.IsValid(id))
        {
            return Problems.BadRequest(
                $"'{id}' cannot name a live run: use lowercase letters, digits, '.', '_' and '-' (at most 128), not starting with run- (kept for uploads), e.g. live-{Guid.NewGuid():N}.");
        }

        using var activity = CodeTracerTelemetry.Source.StartActivity("ingest steps");
        activity?.SetTag("codetracer.run_id", id);
        var limit = options.CurrentValue.MaxUploadBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap)
        {
            cap.MaxRequestBodySize = null;
        }

        var cancellationToken = http.RequestAborted;
        var batch = new LiveBatch(await steps.ReadAsync(id, 1, cancellationToken));
        var (lineNumber, problem) = (0, (string?)null);
        var tooLarge = false;
        try
        {
            using var reader = new StreamReader(new SizeLimitedStream(http.Request.Body, limit), Encoding.UTF8);
            while (problem is null && await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                problem = string.IsNullOrWhiteSpace(line) ? null : LiveLine.Read(line, batch);
            }
        }
        catch (BodyTooLargeException)
        {
            tooLarge = true;
        }

        // The lines before a bad one are kept: a client can fix the line and post the rest again.
        var appended = await AppendAsync(id, batch, steps, publish, cancellationToken);
        var last = await steps.LastSequenceAsync(id, cancellationToken);
        activity?.SetTag("codetracer.steps.appended", appended);
        var stored = new Dictionary<string, object?> { ["appended"] = appended, ["last_sequence"] = last };
        if (tooLarge)
        {
            return Problems.TooLarge(limit);
        }

        if (problem is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, problem);
            stored["line"] = lineNumber;
            return Problems.BadRequest($"Line {lineNumber}: {problem}. The {appended} new step(s) before it were stored.", stored);
        }

        var news = batch.NewSteps;
        return Results.Ok(new StepsResponse(
            id, batch.Received, appended, news.Count > 0 ? news.Min(s => s.Id) : null, news.Count > 0 ? news.Max(s => s.Id) : null, last));
    }

    private static async Task<int> AppendAsync(string id, LiveBatch batch, IStepRepository steps, IPublishEndpoint publish, CancellationToken cancellationToken)
    {
        var news = batch.NewSteps.OrderBy(s => s.Id).ToList();
        if (news.Count == 0)
        {
            return 0;
        }

        var appended = await steps.AppendAsync(id, news, cancellationToken);
        if (appended > 0)
        {
            await publish.Publish(
                new StepsAppended(id, SchemaVersions.Current, news[0].Id, news[^1].Id, appended), cancellationToken);
        }

        return appended;
    }
}
