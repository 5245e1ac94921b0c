using System.Text.Json;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Ingest.Endpoints;

/// <summary>
/// A run as the API shows it. Live runs have no record (no content hash until they end), so they appear with
/// <see cref="Live"/> set, status <c>live</c> and the last stored sequence number.
/// </summary>
internal sealed record RunResponse(
    string RunId,
    string Status,
    bool Live,
    string? ContentHash = null,
    string? Format = null,
    string? FileName = null,
    string? BlobKey = null,
    DateTimeOffset? CreatedAt = null,
    int? LastSequence = null)
{
    public static RunResponse From(RunRecord record) => new(
        record.RunId,
        JsonNamingPolicy.SnakeCaseLower.ConvertName(record.Status.ToString()),
        Live: false,
        record.ContentHash,
        record.Format,
        record.FileName,
        record.BlobKey,
        record.CreatedAt);

    public static RunResponse LiveRun(string runId, int lastSequence) =>
        new(runId, "live", Live: true, LastSequence: lastSequence);
}
