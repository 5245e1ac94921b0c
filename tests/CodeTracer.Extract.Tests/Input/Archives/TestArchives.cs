using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Input.Archives;

/// <summary>Builds archives for the tests, including hostile ones no ordinary tool would write.</summary>
internal static class TestArchives
{
    public static void TarGzFolder(string folder, string archive)
    {
        using var file = System.IO.File.Create(archive);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        TarFile.CreateFromDirectory(folder, gzip, includeBaseDirectory: true);
    }

    public static void ZipFolder(string folder, string archive) =>
        ZipFile.CreateFromDirectory(folder, archive, CompressionLevel.Fastest, includeBaseDirectory: true);

    /// <summary>A tar.gz whose entries are written exactly as given (names, types, link targets).</summary>
    public static void TarGz(string archive, params TarEntry[] entries)
    {
        using var file = System.IO.File.Create(archive);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var entry in entries)
        {
            writer.WriteEntry(entry);
        }
    }

    public static PaxTarEntry File(string name, string content) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };

    public static PaxTarEntry Link(TarEntryType type, string name, string target) => new(type, name) { LinkName = target };

    public static void Zip(string archive, params (string Name, string Content)[] entries) =>
        System.IO.File.WriteAllBytes(archive, CorpusArchives.Zip(entries));
}
