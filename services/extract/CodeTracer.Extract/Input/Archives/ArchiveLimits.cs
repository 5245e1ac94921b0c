namespace CodeTracer.Extract.Input.Archives;

/// <summary>How much an uploaded archive may unpack to. Defaults fit the largest real run folders with room to spare.</summary>
public sealed record ArchiveLimits
{
    public int MaxEntries { get; init; } = 50_000;

    public long MaxTotalBytes { get; init; } = 8L * 1024 * 1024 * 1024;

    public long MaxEntryBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public static ArchiveLimits Default { get; } = new();
}
