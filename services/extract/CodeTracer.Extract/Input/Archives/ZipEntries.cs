using System.IO.Compression;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>Unpacks zip entries; a Unix symlink stored in a zip (mode S_IFLNK) is checked like a tar link and never created.</summary>
internal static class ZipEntries
{
    private const int FileTypeMask = 0xF000;
    private const int SymbolicLinkType = 0xA000;

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
                using var reader = new StreamReader(entry.Open());
                var link = reader.ReadToEnd();
                ArchiveEntryPath.LinkTarget(root, entry.FullName, link, relativeToEntry: true);
                notes.Add($"symbolic link '{entry.FullName}' -> '{link}' not created (links are never followed)");
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var data = entry.Open();
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            budget.Copy(entry.FullName, data, output);
        }

        return notes;
    }
}
