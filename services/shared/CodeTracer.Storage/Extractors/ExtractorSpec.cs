namespace CodeTracer.Storage.Extractors;

/// <summary>
/// A declarative extractor spec (which files, which JSON paths or line patterns map to step fields), kept as
/// the JSON text it was validated as: the store does not interpret it, so it keeps it byte for byte.
/// </summary>
public sealed record ExtractorSpec
{
    /// <summary>The extractor id the spec defines, e.g. <c>spec-acme-agent-jsonl</c>.</summary>
    public required string SpecId { get; init; }

    /// <summary>1-based; a changed spec gets a new version, never an overwrite.</summary>
    public required int Version { get; init; }

    public required string Json { get; init; }

    /// <summary>Kept to the millisecond, in UTC.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
