using System.Diagnostics;
using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Runs;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CodeTracer.Ingest.Uploads;

/// <summary>
/// Stores an upload's bytes (content-addressed, hashed while streaming), records the run and announces it.
/// Knows nothing of HTTP, so <c>codetracer serve</c> and tests can submit the same way.
/// </summary>
internal sealed class RunSubmitter(
    IBlobStore blobs, IRunRepository runs, IPublishEndpoint publish, TimeProvider clock, IOptionsMonitor<IngestOptions> options)
{
    /// <summary>Returns null when the content was empty (nothing is recorded or published then).</summary>
    public async Task<Submission?> SubmitAsync(Stream content, long limit, string fileName, string? formatHint, CancellationToken cancellationToken)
    {
        using var activity = CodeTracerTelemetry.Source.StartActivity("ingest run");
        var counted = new SizeLimitedStream(content, limit);
        var hash = await blobs.PutAsync(counted, cancellationToken);
        activity?.SetTag("codetracer.upload.bytes", counted.BytesRead);
        if (counted.BytesRead == 0)
        {
            return null;
        }

        var runId = RunIds.FromContentHash(hash);
        activity?.SetTag("codetracer.run_id", runId);
        activity?.SetTag("codetracer.content_hash", hash);

        var existing = await runs.GetAsync(runId, cancellationToken);
        var created = false;
        if (existing is null)
        {
            var record = new RunRecord
            {
                RunId = runId,
                ContentHash = hash,
                FileName = fileName,
                BlobKey = hash,
                CreatedAt = TruncatedNow(),
            };
            // Two uploads of the same bytes may race here; only the one that created the record announces it.
            created = await runs.UpsertAsync(record, cancellationToken);
            existing = created ? record : await runs.GetAsync(runId, cancellationToken) ?? record;
            if (created)
            {
                await PublishAsync(existing, formatHint, cancellationToken);
            }
        }
        else if (existing.Status == RunRecordStatus.Rejected
            || (existing.Status == RunRecordStatus.Submitted && clock.GetUtcNow() - existing.CreatedAt >= options.CurrentValue.ResubmitAfter))
        {
            // Rejected, which RunRejected says holds "until it is submitted again", e.g. with a format hint; or
            // submitted so long ago that the first message was probably lost. A run submitted moments ago is in
            // the pipeline: announcing it again made every stage run twice and FailureLocalized go out twice.
            if (existing.Status == RunRecordStatus.Rejected)
            {
                existing = existing with { Status = RunRecordStatus.Submitted };
                await runs.UpsertAsync(existing, cancellationToken);
            }

            await PublishAsync(existing, formatHint, cancellationToken);
        }

        CodeTracerTelemetry.RunsProcessed.Add(1,
            new KeyValuePair<string, object?>("stage", "ingest"),
            new KeyValuePair<string, object?>("outcome", created ? "created" : "existing"));
        activity?.SetStatus(ActivityStatusCode.Ok);
        return new Submission(existing, created, counted.BytesRead);
    }

    private Task PublishAsync(RunRecord record, string? formatHint, CancellationToken cancellationToken) =>
        publish.Publish(
            new RunSubmitted(record.RunId, record.ContentHash, SchemaVersions.Current, record.BlobKey ?? record.ContentHash,
                record.FileName ?? UploadNames.Unnamed, clock.GetUtcNow(), formatHint),
            cancellationToken);

    /// <summary>Stores keep milliseconds; truncating here makes the answer equal what a later GET returns.</summary>
    private DateTimeOffset TruncatedNow()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
