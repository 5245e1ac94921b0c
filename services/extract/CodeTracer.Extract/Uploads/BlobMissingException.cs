namespace CodeTracer.Extract.Uploads;

/// <summary>
/// The message names a blob the store does not have: ingest and the store disagree, which no retry by the user
/// fixes. Thrown so the message is retried (the blob may still be replicating) and then faulted.
/// </summary>
public sealed class BlobMissingException(string runId, string blobKey, string fileName)
    : Exception($"the uploaded file {fileName} (blob {blobKey}) of {runId} is missing from the store; upload it again");
