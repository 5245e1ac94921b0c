namespace CodeTracer.Extract.Uploads;

/// <summary>
/// Bounds on what an uploaded archive may unpack to. Sizes are counted on the bytes actually written, never
/// taken from the archive's headers, so a zip bomb stops at the limit instead of filling the disk.
/// </summary>
public sealed record ArchiveLimits
{
    public int MaxEntries { get; init; } = 10_000;

    public long MaxTotalBytes { get; init; } = 1L << 30;
}
