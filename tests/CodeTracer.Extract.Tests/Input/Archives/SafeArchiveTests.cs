using System.Formats.Tar;
using CodeTracer.Extract.Input.Archives;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Input.Archives;

public sealed class SafeArchiveTests
{
    [Fact]
    public void AZipSlipEntryIsRejectedAndNothingIsWrittenOutside()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "evil.zip");
        TestArchives.Zip(archive, ("ok.txt", "fine"), ("../../escaped.txt", "gotcha"));

        var error = Assert.Throws<ArchiveRejectedException>(() => SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out")));

        Assert.Contains("climbs out with '..'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "escaped.txt")));
    }

    [Fact]
    public void AnAbsoluteEntryIsRejected()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "abs.tar.gz");
        TestArchives.TarGz(archive, TestArchives.File("/tmp/codetracer-absolute.txt", "x"));

        var error = Assert.Throws<ArchiveRejectedException>(() => SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out")));

        Assert.Contains("absolute path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TarEntryType.SymbolicLink, "../../../etc/passwd", "points outside the archive")]
    [InlineData(TarEntryType.SymbolicLink, "/etc/passwd", "points to an absolute path")]
    [InlineData(TarEntryType.HardLink, "../outside.txt", "points outside the archive")]
    public void ALinkPointingOutsideIsRejected(TarEntryType type, string target, string reason)
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "link.tar.gz");
        TestArchives.TarGz(archive, TestArchives.Link(type, "run/agent/trajectory.json", target));

        var error = Assert.Throws<ArchiveRejectedException>(() => SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out")));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkInsideIsNotCreatedButNoted()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "inside.tar.gz");
        TestArchives.TarGz(archive, TestArchives.File("a/real.txt", "x"), TestArchives.Link(TarEntryType.SymbolicLink, "a/alias.txt", "real.txt"));

        var notes = SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out"));

        Assert.Contains("not created", Assert.Single(notes), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(temp.Path, "out", "a", "alias.txt")));
    }

    [Fact]
    public void TooManyEntriesAreRejected()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "many.zip");
        TestArchives.Zip(archive, [.. Enumerable.Range(0, 11).Select(i => ($"f{i}.txt", "x"))]);

        var error = Assert.Throws<ArchiveRejectedException>(() =>
            SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out"), new ArchiveLimits { MaxEntries = 10 }));

        Assert.Equal("more than 10 entries (at 'f10.txt')", error.Message);
    }

    [Fact]
    public void AnEntryOverThePerEntryLimitIsRejected()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "big.tar.gz");
        TestArchives.TarGz(archive, TestArchives.File("big.txt", new string('x', 5000)));

        var error = Assert.Throws<ArchiveRejectedException>(() =>
            SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out"), new ArchiveLimits { MaxEntryBytes = 1000 }));

        Assert.Contains("'big.txt' is 5000 bytes, over the 1000-byte limit per entry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArchiveOverTheTotalLimitIsRejected()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "total.zip");
        TestArchives.Zip(archive, [.. Enumerable.Range(0, 5).Select(i => ($"f{i}.txt", new string('x', 400)))]);

        var error = Assert.Throws<ArchiveRejectedException>(() =>
            SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out"), new ArchiveLimits { MaxTotalBytes = 1000 }));

        Assert.Contains("unpacks to more than the 1000-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneEntryOverTheTotalLimitIsStoppedWhileUnpacking()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "big.zip");
        TestArchives.Zip(archive, ("big.txt", new string('x', 3 << 20)));
        var output = Path.Combine(temp.Path, "out");

        var error = Assert.Throws<ArchiveRejectedException>(() =>
            SafeArchive.ExtractTo(archive, output, new ArchiveLimits { MaxTotalBytes = 2 << 20 }));

        Assert.Equal("the archive unpacks to more than the 2097152-byte limit (at 'big.txt')", error.Message);
        Assert.True(new FileInfo(Path.Combine(output, "big.txt")).Length <= 2 << 20);
    }

    [Fact]
    public void AnEntryRepeatedUnderTheSameNameIsRejectedNotOverwritten()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "twice.tar.gz");
        TestArchives.TarGz(archive, TestArchives.File("run/trajectory.json", "first"), TestArchives.File("run/trajectory.json", "second"));
        var output = Path.Combine(temp.Path, "out");

        var error = Assert.Throws<ArchiveRejectedException>(() => SafeArchive.ExtractTo(archive, output));

        Assert.Equal("entry 'run/trajectory.json' would overwrite an entry unpacked before it", error.Message);
        Assert.Equal("first", File.ReadAllText(Path.Combine(output, "run", "trajectory.json")));
    }

    [Fact]
    public void AHardLinkInsideIsUnpackedAsACopyNotALink()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "hard.tar.gz");
        TestArchives.TarGz(archive, TestArchives.File("a/real.txt", "x"), TestArchives.Link(TarEntryType.HardLink, "a/copy.txt", "a/real.txt"));
        var output = Path.Combine(temp.Path, "out");

        SafeArchive.ExtractTo(archive, output);

        var copy = Path.Combine(output, "a", "copy.txt");
        Assert.Equal("x", File.ReadAllText(copy));
        File.AppendAllText(copy, "changed");
        Assert.Equal("x", File.ReadAllText(Path.Combine(output, "a", "real.txt")));
    }

    [Fact]
    public void PaxGlobalHeadersAreMetadataNotEntriesToWrite()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "pax.tar.gz");
        TestArchives.TarGz(archive, new PaxGlobalExtendedAttributesTarEntry(new Dictionary<string, string> { ["comment"] = "x" }), TestArchives.File("a.txt", "x"));

        var notes = SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out"));

        Assert.Empty(notes);
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "a.txt")));
    }

    [Fact]
    public void AFileThatIsNoArchiveByNameOrBytesIsRejected()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.txt", "just text");

        var error = Assert.Throws<ArchiveRejectedException>(() => SafeArchive.ExtractTo(file, Path.Combine(temp.Path, "out")));

        Assert.Equal("not a readable archive: it starts like no zip, tar or gzip file", error.Message);
    }

    [Fact]
    public void ADamagedArchiveIsRejectedNotThrownAsABug()
    {
        using var temp = new TempFolder();
        var archive = temp.Write("broken.tar.gz", "this is not gzip");

        var error = Assert.Throws<ArchiveRejectedException>(() => SafeArchive.ExtractTo(archive, Path.Combine(temp.Path, "out")));

        Assert.StartsWith("not a readable archive", error.Message, StringComparison.Ordinal);
    }
}
