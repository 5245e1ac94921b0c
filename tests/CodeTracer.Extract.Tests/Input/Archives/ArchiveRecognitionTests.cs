using System.Formats.Tar;
using CodeTracer.Extract.Input.Archives;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Input.Archives;

public sealed class ArchiveRecognitionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ArchivesAreToldByTheirBytesNotTheirNames()
    {
        Assert.Equal(ArchiveKind.Zip, SafeArchive.Sniff(Write(CorpusArchives.Zip(("a.txt", "1")), "run.jsonl")));
        Assert.Equal(ArchiveKind.TarGz, SafeArchive.Sniff(Write(CorpusArchives.TarGz("mini-swe-agent/test_data/local.traj.json"), "run.zip")));
        Assert.Equal(ArchiveKind.Tar, SafeArchive.Sniff(Write(PlainTar(), "run.json")));
        Assert.Equal(ArchiveKind.None, SafeArchive.Sniff(Corpus.PathOf("mini-swe-agent/test_data/local.traj.json")));
    }

    [Fact]
    public void TheBytesWinOverTheName()
    {
        var zipCalledTarGz = Write(CorpusArchives.Zip(("a.txt", "1")), "run.tar.gz");

        Assert.Equal(ArchiveKind.Zip, SafeArchive.Recognise(zipCalledTarGz));
        SafeArchive.ExtractTo(zipCalledTarGz, Path.Combine(_folder.Path, "out"));
        Assert.Equal("1", File.ReadAllText(Path.Combine(_folder.Path, "out", "a.txt")));
    }

    [Fact]
    public void TheNameDecidesOnlyForBytesNoArchiveStartsWith()
    {
        Assert.Equal(ArchiveKind.TarGz, SafeArchive.Recognise(_folder.Write("broken.tgz", "this is not gzip")));
        Assert.Equal(ArchiveKind.None, SafeArchive.Recognise(_folder.Write("notes.txt", "this is not gzip")));
        Assert.False(SafeArchive.IsArchive(Corpus.PathOf("mini-swe-agent/test_data/local.traj.json")));
    }

    private static byte[] PlainTar()
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, leaveOpen: true))
        {
            writer.WriteEntry(TestArchives.File("a.txt", "1"));
        }

        return output.ToArray();
    }

    private string Write(byte[] bytes, string name)
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
