namespace CodeTracer.Extract.Input.Archives;

/// <summary>
/// Bounds on what an archive may unpack to. Sizes are counted on the bytes actually written, never taken from the
/// archive's headers alone, so a zip bomb stops at the limit instead of filling the disk.
/// </summary>
public sealed record ArchiveLimits
{
    public int MaxEntries { get; init; } = 10_000;

    public long MaxTotalBytes { get; init; } = 1L << 30;

    /// <summary>No larger than the total by default, so an entry that declares more is refused before any byte is written.</summary>
    public long MaxEntryBytes { get; init; } = 1L << 30;

    public static ArchiveLimits Default { get; } = new();
}
