using CodeTracer.Extract.Input.Archives;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Input.Archives;

public sealed class ArchiveReadingTests
{
    public static TheoryData<string, string> Packed => new()
    {
        { "terminal-bench-kimi-k2.5/crack-7z-hash__qM5scQs", ".tar.gz" },
        { "terminal-bench-kimi-k2.5/crack-7z-hash__qM5scQs", ".zip" },
        { "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256", ".tgz" },
        { "terminal-bench-claude-code/claude_code_c4/crack-7z-hash/crack-7z-hash.1-of-1.2025-11-08__13-10-33", ".zip" },
    };

    [Theory]
    [MemberData(nameof(Packed))]
    public void ARunPackedInAnArchiveGivesTheSameStepsAsTheFolder(string path, string ending)
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "upload" + ending);
        var folder = Corpus.PathOf(path);
        if (ending == ".zip")
        {
            TestArchives.ZipFolder(folder, archive);
        }
        else
        {
            TestArchives.TarGzFolder(folder, archive);
        }

        var fromArchive = RunReader.CreateDefault().Read(archive);
        var fromFolder = RunReader.CreateDefault().Read(folder);

        Assert.Empty(fromArchive.Errors);
        var run = Assert.Single(fromArchive.Runs);
        var reference = Assert.Single(fromFolder.Runs);
        var name = Path.GetFileName(path);
        Assert.Equal($"{archive}!/{name}", run.Path);
        Assert.Equal(reference.Steps.Select(s => (s.Anchor, s.Tool, s.Action, s.Observation, s.IsError)),
            run.Steps.Select(s => (s.Anchor, s.Tool, s.Action, s.Observation, s.IsError)));
        Assert.Equal(reference.Steps.Select(s => s.Provenance.FileSha256), run.Steps.Select(s => s.Provenance.FileSha256));
        Assert.All(run.Steps, s => Assert.StartsWith($"{archive}!/{name}/", s.Provenance.File, StringComparison.Ordinal));
        Assert.All(run.Sources, s => Assert.StartsWith($"{archive}!/", s.Path, StringComparison.Ordinal));
        Assert.Equal(ExpectedIndex.Get(path).StepCount, run.Steps.Count);
    }

    [Fact]
    public void ARenamedArchiveIsStillReadAsAnArchive()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "run.upload");
        TestArchives.ZipFolder(Corpus.PathOf("mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256"), archive);

        var result = RunReader.CreateDefault().Read(archive);

        Assert.Empty(result.Errors);
        Assert.Equal($"{archive}!/pydicom__pydicom-1256", Assert.Single(result.Runs).Path);
    }

    [Fact]
    public void TheTempFolderIsDeletedAfterReading()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "run.tar.gz");
        TestArchives.TarGzFolder(Corpus.PathOf("mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256"), archive);
        var before = Directory.GetDirectories(Path.GetTempPath(), "codetracer-archive-*").Length;

        RunReader.CreateDefault().Read(archive);

        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "codetracer-archive-*").Length);
    }

    [Fact]
    public void ARejectedArchiveIsAnErrorNamingTheArchiveAndTheReason()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "evil.zip");
        TestArchives.Zip(archive, ("../escape.jsonl", "{}"));

        var result = RunReader.CreateDefault().Read(archive);

        var error = Assert.Single(result.Errors);
        Assert.Equal(archive, error.Path);
        Assert.Equal("archive rejected: entry '../escape.jsonl' climbs out with '..'", error.Error);
        Assert.Empty(result.Runs);
    }

    [Fact]
    public void LimitsComeFromTheReader()
    {
        using var temp = new TempFolder();
        var archive = Path.Combine(temp.Path, "run.tgz");
        TestArchives.TarGzFolder(Corpus.PathOf("mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256"), archive);
        var reader = new RunReader(BuiltInFormats.Registry()) { ArchiveLimits = new ArchiveLimits { MaxTotalBytes = 100 } };

        var error = Assert.Single(reader.Read(archive).Errors);

        Assert.Contains("byte limit", error.Error, StringComparison.Ordinal);
    }
}
