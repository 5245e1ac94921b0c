using System.Formats.Tar;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>Unpacks tar entries one by one (streamed, so a large archive is never held whole).</summary>
internal static class TarEntries
{
    public static IReadOnlyList<string> Extract(string archive, string root, ArchiveBudget budget, bool gzip)
    {
        var notes = new List<string>();
        using var file = SafeArchive.OpenRead(archive);
        using var stream = gzip ? SafeArchive.Gunzip(file) : file;
        using var reader = new TarReader(stream);
        while (reader.GetNextEntry() is { } entry)
        {
            budget.CountEntry(entry.Name);
            if (entry.EntryType is TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes)
            {
                // Metadata, not a file: writers name it freely (.NET uses /tmp/GlobalHead.<pid>.<n>), so its name is no path to check.
                continue;
            }

            var target = ArchiveEntryPath.Resolve(root, entry.Name);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(target);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    budget.CheckDeclaredSize(entry.Name, entry.Length);
                    using (var output = ArchiveFiles.Create(entry.Name, target))
                    {
                        if (entry.DataStream is { } data)
                        {
                            budget.Copy(entry.Name, data, output);
                        }
                    }

                    break;
                case TarEntryType.SymbolicLink:
                    ArchiveEntryPath.LinkTarget(root, entry.Name, entry.LinkName, relativeToEntry: true);
                    notes.Add($"symbolic link '{entry.Name}' -> '{entry.LinkName}' not created (links are never followed)");
                    break;
                case TarEntryType.HardLink:
                    CopyHardLink(entry, root, target, budget, notes);
                    break;
                default:
                    notes.Add($"entry '{entry.Name}' of type {entry.EntryType} skipped");
                    break;
            }
        }

        return notes;
    }

    /// <summary>
    /// A hard link inside is unpacked as a copy of a file this archive already wrote (counted like any entry), since
    /// tar stores a file linked under two names only once; no link is ever made on disk.
    /// </summary>
    private static void CopyHardLink(TarEntry entry, string root, string target, ArchiveBudget budget, List<string> notes)
    {
        var source = ArchiveEntryPath.LinkTarget(root, entry.Name, entry.LinkName, relativeToEntry: false);
        if (!File.Exists(source))
        {
            notes.Add($"hard link '{entry.Name}' -> '{entry.LinkName}' skipped (no such file earlier in the archive)");
            return;
        }

        using var from = File.OpenRead(source);
        using var to = ArchiveFiles.Create(entry.Name, target);
        budget.Copy(entry.Name, from, to);
    }
}
