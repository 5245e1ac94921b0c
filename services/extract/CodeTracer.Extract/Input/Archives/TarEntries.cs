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
            var target = ArchiveEntryPath.Resolve(root, entry.Name);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(target);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    budget.CheckDeclaredSize(entry.Name, entry.Length);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
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
                    var source = ArchiveEntryPath.LinkTarget(root, entry.Name, entry.LinkName, relativeToEntry: false);
                    if (File.Exists(source))
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        using var from = File.OpenRead(source);
                        using var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                        budget.Copy(entry.Name, from, to);
                    }

                    break;
                default:
                    notes.Add($"entry '{entry.Name}' of type {entry.EntryType} skipped");
                    break;
            }
        }

        return notes;
    }
}
