namespace CodeTracer.Contracts.Messages;

/// <summary>
/// A run's raw artifact was stored and is ready to extract. The bytes stay in the blob store (claim check):
/// consumers fetch them by <paramref name="BlobKey"/>.
/// </summary>
/// <param name="RunId">
/// <c>"run-"</c> followed by the first 16 lowercase hex digits of <paramref name="ContentHash"/>, so uploading
/// the same bytes again names the same run and every consumer can treat the message as a redelivery.
/// </param>
/// <param name="ContentHash">SHA-256 of the submitted bytes, 64 lowercase hex digits.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="BlobKey">Key of the raw artifact in the blob store.</param>
/// <param name="FileName">The file name the user uploaded, for display and format hints only.</param>
/// <param name="SubmittedAt">When the ingest service accepted the upload.</param>
/// <param name="FormatHint">An extractor id the user named, or null to let detection decide.</param>
public sealed record RunSubmitted(
    string RunId,
    string ContentHash,
    int SchemaVersion,
    string BlobKey,
    string FileName,
    DateTimeOffset SubmittedAt,
    string? FormatHint = null);
