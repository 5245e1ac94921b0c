using CodeTracer.Extract.Uploads;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Uploads;

public sealed class ArchiveUnpackerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void MoreEntriesThanTheLimitAreRefused()
    {
        var zip = Write(CorpusArchives.Zip(("a.txt", "1"), ("b.txt", "2"), ("c.txt", "3")));

        var refused = new ArchiveUnpacker(new ArchiveLimits { MaxEntries = 2 }).Unpack(zip, ArchiveKind.Zip, Path.Combine(_folder.Path, "out"));

        Assert.Equal("the archive holds more than 2 entries; upload one run at a time", refused);
    }

    [Fact]
    public void MoreBytesThanTheLimitAreRefusedWhileUnpacking()
    {
        var zip = Write(CorpusArchives.Zip(("big.txt", new string('x', 3 << 20))));

        var refused = new ArchiveUnpacker(new ArchiveLimits { MaxTotalBytes = 2 << 20 }).Unpack(zip, ArchiveKind.Zip, Path.Combine(_folder.Path, "out"));

        Assert.Equal("the archive unpacks to more than 2 MiB; upload one run at a time", refused);
    }

    [Fact]
    public void ArchivesAreToldByTheirBytesNotTheirNames()
    {
        Assert.Equal(ArchiveKind.Zip, ArchiveSniffer.Detect(Write(CorpusArchives.Zip(("a.txt", "1")), "run.jsonl")));
        Assert.Equal(ArchiveKind.TarGz, ArchiveSniffer.Detect(Write(CorpusArchives.TarGz("mini-swe-agent/test_data/local.traj.json"), "run.zip")));
        Assert.Equal(ArchiveKind.None, ArchiveSniffer.Detect(Corpus.PathOf("mini-swe-agent/test_data/local.traj.json")));
    }

    private string Write(byte[] bytes, string name = "upload.bin")
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
