namespace CodeTracer.Storage.Runs;

/// <summary>
/// What the store knows about a run besides its steps: cheap to list. The lossless run model is stored beside
/// it (<see cref="IRunRepository.SaveRunAsync"/>) and read only on demand.
/// </summary>
public sealed record RunRecord
{
    public required string RunId { get; init; }

    /// <summary>SHA-256 of the submitted bytes, 64 lowercase hex digits.</summary>
    public required string ContentHash { get; init; }

    public RunRecordStatus Status { get; init; } = RunRecordStatus.Submitted;

    /// <summary>The extractor id, once known.</summary>
    public string? Format { get; init; }

    /// <summary>The name the user uploaded the artifact under.</summary>
    public string? FileName { get; init; }

    /// <summary>Key of the raw artifact in the blob store.</summary>
    public string? BlobKey { get; init; }

    /// <summary>When the run was first stored. Kept to the millisecond, in UTC, by every provider; later saves keep the first value.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
