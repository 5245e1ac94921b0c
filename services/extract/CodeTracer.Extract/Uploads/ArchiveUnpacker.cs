using System.Formats.Tar;
using System.IO.Compression;

namespace CodeTracer.Extract.Uploads;

/// <summary>
/// Unpacks an uploaded archive into a private folder, refusing what could harm the host: entries that would land
/// outside the folder (<c>../</c>, absolute paths), links, more entries or bytes than <see cref="ArchiveLimits"/>
/// allow. Returns the reason a user can act on, or null when everything was unpacked.
/// </summary>
public sealed class ArchiveUnpacker(ArchiveLimits limits)
{
    public string? Unpack(string archive, ArchiveKind kind, string target)
    {
        var budget = new UnpackBudget(limits, Path.GetFullPath(target));
        try
        {
            return kind switch
            {
                ArchiveKind.Zip => UnpackZip(archive, budget),
                ArchiveKind.Tar => UnpackTar(File.OpenRead(archive), budget),
                ArchiveKind.TarGz => UnpackTar(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress), budget),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an archive"),
            };
        }
        catch (InvalidDataException e)
        {
            return $"the archive is damaged: {e.Message}";
        }
        catch (EndOfStreamException)
        {
            return "the archive is truncated";
        }
    }

    private static string? UnpackZip(string archive, UnpackBudget budget)
    {
        using var zip = ZipFile.OpenRead(archive);
        foreach (var entry in zip.Entries)
        {
            var isDirectory = entry.FullName.EndsWith('/');
            if (budget.Admit(entry.FullName, out var destination) is { } refused)
            {
                return refused;
            }

            if (isDirectory)
            {
                Directory.CreateDirectory(destination);
                continue;
            }

            using var source = entry.Open();
            if (budget.Copy(source, destination) is { } tooBig)
            {
                return tooBig;
            }
        }

        return null;
    }

    private static string? UnpackTar(Stream stream, UnpackBudget budget)
    {
        using var reader = new TarReader(stream, leaveOpen: false);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes)
            {
                continue;
            }

            if (budget.Admit(entry.Name, out var destination) is { } refused)
            {
                return refused;
            }

            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(destination);
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    if (budget.Copy(entry.DataStream ?? Stream.Null, destination) is { } tooBig)
                    {
                        return tooBig;
                    }

                    break;
                default:
                    // Links could point anywhere on the host and devices are never run artifacts: leave them out.
                    break;
            }
        }

        return null;
    }
}
