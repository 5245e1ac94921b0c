using CodeTracer.Extract.Formats.SweAgent;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.SweAgent;

public sealed class SweAgentDamagedInputTests
{
    private const string Legacy = "swe-agent/legacy_v0_format/6e44b9__sweagenttestrepo-1c2844.traj";

    [Fact]
    public void ATruncatedTrajectoryIsReportedWithFileAndPosition()
    {
        using var temp = new TempFolder();
        var file = temp.CopyFromCorpus(Legacy);
        var text = File.ReadAllText(file);
        var kept = text[..(text.Length * 2 / 3)];
        File.WriteAllText(file, kept);
        var lastLine = kept.Count(c => c == '\n') + 1;

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.Path);
        Assert.StartsWith($"{file}: not valid JSON, parsing stopped at line {lastLine}, byte ", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AGitLfsPointerIsReportedAsSuch()
    {
        using var temp = new TempFolder();
        var file = temp.Write("run.traj", "version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 99999\n");

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        Assert.Contains("Git LFS pointer", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTrajFileIsReportedAsEmpty()
    {
        using var temp = new TempFolder();
        var file = temp.Write("run.traj", "");

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        Assert.Contains("empty file", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidJsonOfTheWrongShapeIsReportedWithWhatWasFound()
    {
        using var temp = new TempFolder();
        var file = temp.Write("run.traj", "[1, 2, 3]");

        var result = RunReader.CreateDefault().Read(file, SweAgentTrajExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Equal($"{file}: valid JSON, but not a SWE-agent trajectory (expected an object with trajectory[] or history[], found a JSON array)",
            Assert.Single(result.Errors).Error);
    }

    [Fact]
    public void AMiniSweAgentTrajectoryForcedOnThisExtractorIsAShapeError()
    {
        var file = Corpus.PathOf("mini-swe-agent/test_data/local.traj.json");

        var result = RunReader.CreateDefault().Read(file, SweAgentHistoryOnlyExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains("not a SWE-agent trajectory", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
