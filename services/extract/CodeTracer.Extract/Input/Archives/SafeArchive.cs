using System.IO.Compression;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>
/// Unpacks .tar.gz / .tgz / .tar / .zip archives without letting any entry out of the destination: absolute names,
/// <c>..</c> and links that point outside are refused, links are never created (one inside is copied or skipped),
/// and entry count, total and per-entry size are bounded. An archive is recognised by its first bytes, and by its
/// name only when those match no archive. <see cref="Unpack"/> leaves nothing behind when it refuses an archive.
/// </summary>
public static class SafeArchive
{
    /// <summary>The kind the file's first bytes say, whatever it is called.</summary>
    public static ArchiveKind Sniff(string file) => ArchiveMagic.Detect(file);

    /// <summary>
    /// By content first, so a renamed archive is still unpacked; the name decides only for bytes no archive starts
    /// with (an old V7 tar, or a damaged archive that should be refused as such rather than read as a trajectory).
    /// </summary>
    public static ArchiveKind Recognise(string file) => Sniff(file) is var kind and not ArchiveKind.None ? kind : ByName(file);

    public static bool IsArchive(string file) => Recognise(file) != ArchiveKind.None;

    /// <summary>Unpacks into <paramref name="destination"/>; returns notes on entries skipped (links inside the archive).</summary>
    public static IReadOnlyList<string> ExtractTo(string archive, string destination, ArchiveLimits? limits = null)
    {
        var kind = Recognise(archive);
        if (kind == ArchiveKind.None)
        {
            throw new ArchiveRejectedException("not a readable archive: it starts like no zip, tar or gzip file");
        }

        var root = Path.GetFullPath(destination);
        Directory.CreateDirectory(root);
        var budget = new ArchiveBudget(limits ?? ArchiveLimits.Default);
        try
        {
            return kind == ArchiveKind.Zip
                ? ZipEntries.Extract(archive, root, budget)
                : TarEntries.Extract(archive, root, budget, gzip: kind == ArchiveKind.TarGz);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new ArchiveRejectedException($"not a readable archive: {e.Message}");
        }
    }

    /// <summary>Unpacks into a new private temp folder (owner-only) that is deleted when the result is disposed.</summary>
    public static UnpackedArchive Unpack(string archive, ArchiveLimits? limits = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "codetracer-archive-" + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var unpacked = new UnpackedArchive(archive, folder);
        try
        {
            unpacked.Notes = ExtractTo(archive, folder, limits);
            return unpacked;
        }
        catch
        {
            unpacked.Dispose();
            throw;
        }
    }

    private static ArchiveKind ByName(string path) =>
        path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ArchiveKind.Zip
        : path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) ? ArchiveKind.TarGz
        : path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? ArchiveKind.Tar
        : ArchiveKind.None;

    internal static Stream OpenRead(string archive) =>
        new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    internal static GZipStream Gunzip(Stream stream) => new(stream, CompressionMode.Decompress);
}
