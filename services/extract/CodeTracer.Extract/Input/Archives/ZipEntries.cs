using System.IO.Compression;
using System.Text;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>Unpacks zip entries; a Unix symlink stored in a zip (mode S_IFLNK) is checked like a tar link and never created.</summary>
internal static class ZipEntries
{
    private const int FileTypeMask = 0xF000;
    private const int SymbolicLinkType = 0xA000;

    /// <summary>PATH_MAX on Linux: a longer link target is no link any file system would store.</summary>
    private const int MaxLinkTargetBytes = 4096;

    public static IReadOnlyList<string> Extract(string archive, string root, ArchiveBudget budget)
    {
        var notes = new List<string>();
        using var zip = ZipFile.OpenRead(archive);
        foreach (var entry in zip.Entries)
        {
            budget.CountEntry(entry.FullName);
            var target = ArchiveEntryPath.Resolve(root, entry.FullName);
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                Directory.CreateDirectory(target);
                continue;
            }

            budget.CheckDeclaredSize(entry.FullName, entry.Length);
            if (((entry.ExternalAttributes >> 16) & FileTypeMask) == SymbolicLinkType)
            {
                var link = ReadLinkTarget(entry);
                ArchiveEntryPath.LinkTarget(root, entry.FullName, link, relativeToEntry: true);
                notes.Add($"symbolic link '{entry.FullName}' -> '{link}' not created (links are never followed)");
                continue;
            }

            using var data = entry.Open();
            using var output = ArchiveFiles.Create(entry.FullName, target);
            budget.Copy(entry.FullName, data, output);
        }

        return notes;
    }

    /// <summary>Read with a bound: the target is held in memory, and the declared size of a zip entry may lie.</summary>
    private static string ReadLinkTarget(ZipArchiveEntry entry)
    {
        var buffer = new byte[MaxLinkTargetBytes + 1];
        using var data = entry.Open();
        var read = data.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read > MaxLinkTargetBytes)
        {
            throw new ArchiveRejectedException($"link '{entry.FullName}' has a target longer than {MaxLinkTargetBytes} bytes");
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
