using CodeTracer.Contracts.Messages;
using CodeTracer.Contracts.Runs;
using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Extract.Uploads;

/// <summary>
/// The extract stage for one <see cref="RunSubmitted"/>: fetch, read, store, and say what to publish. A run
/// already extracted from the same bytes is not read again; its stored result is announced again instead, so a
/// redelivery stores nothing twice and still lets the next stage catch up.
/// </summary>
public sealed class UploadExtraction(IBlobStore blobs, IRunRepository runs, UploadReader reader, TimeProvider clock)
{
    public async Task<ExtractionOutcome> ExtractAsync(RunSubmitted message, CancellationToken cancellationToken)
    {
        var record = await runs.GetAsync(message.RunId, cancellationToken);
        if (record is { Status: RunRecordStatus.Extracted or RunRecordStatus.TreeBuilt or RunRecordStatus.Localized }
            && await runs.GetRunAsync(message.RunId, cancellationToken) is { } stored)
        {
            return Extracted(message, stored);
        }

        await runs.UpsertAsync(new RunRecord
        {
            RunId = message.RunId,
            ContentHash = message.ContentHash,
            Status = record?.Status ?? RunRecordStatus.Submitted,
            FileName = message.FileName,
            BlobKey = message.BlobKey,
            CreatedAt = record?.CreatedAt ?? clock.GetUtcNow(),
        }, cancellationToken);

        using var workspace = UploadWorkspace.Create();
        var local = await workspace.FetchAsync(blobs, message.BlobKey, message.FileName, cancellationToken)
            ?? throw new BlobMissingException(message.RunId, message.BlobKey, message.FileName);
        var read = reader.Read(local, message.FileName, message.FormatHint, workspace.UnpackFolder, cancellationToken);
        if (read.Run is not { } run)
        {
            await runs.AdvanceAsync(message.RunId, RunRecordStatus.Rejected, cancellationToken);
            var rejected = new RunRejected(message.RunId, message.ContentHash, SchemaVersions.Current, PipelineStage.Extract, read.RejectionReason!);
            return new ExtractionOutcome(null, rejected, 0);
        }

        await runs.SaveRunAsync(message.RunId, message.ContentHash, run, cancellationToken);
        await runs.AdvanceAsync(message.RunId, RunRecordStatus.Extracted, cancellationToken, run.Format);
        return Extracted(message, run);
    }

    private static ExtractionOutcome Extracted(RunSubmitted message, Run run) => new(
        new RunExtracted(message.RunId, message.ContentHash, SchemaVersions.Current, run.Format, run.Agent, run.Steps.Count,
            run.Outcome.Status, run.Status == RunStatus.Partial),
        null,
        run.Steps.Count);
}
