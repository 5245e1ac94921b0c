using System.IO.Compression;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>
/// Unpacks .tar.gz / .tgz / .tar / .zip uploads without letting any entry out of the destination: absolute names,
/// <c>..</c> and links that point outside are refused, links are never created (one inside is copied or skipped),
/// and entry count, total and per-entry size are bounded. A refused archive leaves nothing behind.
/// </summary>
public static class SafeArchive
{
    private static readonly string[] TarEndings = [".tar.gz", ".tgz", ".tar"];

    public static bool IsArchive(string path) =>
        path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || TarEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Unpacks into <paramref name="destination"/>; returns notes on entries skipped (links inside the archive).</summary>
    public static IReadOnlyList<string> ExtractTo(string archive, string destination, ArchiveLimits? limits = null)
    {
        var root = Path.GetFullPath(destination);
        Directory.CreateDirectory(root);
        var budget = new ArchiveBudget(limits ?? ArchiveLimits.Default);
        try
        {
            return archive.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? ZipEntries.Extract(archive, root, budget)
                : TarEntries.Extract(archive, root, budget, gzip: !archive.EndsWith(".tar", StringComparison.OrdinalIgnoreCase));
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

    internal static Stream OpenRead(string archive) =>
        new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    internal static GZipStream Gunzip(Stream stream) => new(stream, CompressionMode.Decompress);
}
