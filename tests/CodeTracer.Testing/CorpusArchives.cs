using System.Formats.Tar;
using System.IO.Compression;

namespace CodeTracer.Testing;

/// <summary>Archives built in memory from corpus files, as a user would upload a run folder.</summary>
public static class CorpusArchives
{
    /// <summary>A .tar.gz of the given corpus files or folders, each under its last path segment.</summary>
    public static byte[] TarGz(params string[] corpusPaths)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var relative in corpusPaths)
            {
                var source = Corpus.PathOf(relative);
                var name = Path.GetFileName(relative);
                if (File.Exists(source))
                {
                    tar.WriteEntry(source, name);
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    tar.WriteEntry(file, name + "/" + Path.GetRelativePath(source, file).Replace('\\', '/'));
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip whose entries are written under exactly the given names, however unsafe.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return output.ToArray();
    }
}
