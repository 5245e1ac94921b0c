using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.MiniSweAgent;

public sealed class MiniSweAgentDamagedInputTests
{
    private const string Instance = "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256";
    private const string Trajectory = Instance + "/pydicom__pydicom-1256.traj.json";

    [Fact]
    public void ATruncatedTrajectoryIsReportedWithFileAndPosition()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFromCorpus(Instance);
        var file = Path.Combine(folder, "pydicom__pydicom-1256.traj.json");
        var bytes = File.ReadAllBytes(file);
        var kept = bytes[..(bytes.Length / 2)];
        File.WriteAllBytes(file, kept);
        var lastLine = kept.Count(b => b == (byte)'\n') + 1;

        var result = RunReader.CreateDefault().Read(folder);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(folder, error.Path);
        Assert.Contains(file, error.Error, StringComparison.Ordinal);
        Assert.Contains($"parsing stopped at line {lastLine}, byte ", error.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AGitLfsPointerInPlaceOfTheTrajectoryIsReportedAsSuch()
    {
        using var temp = new TempFolder();
        var file = temp.Write("pydicom__pydicom-1256/pydicom__pydicom-1256.traj.json",
            "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 1224311\n");

        var result = RunReader.CreateDefault().Read(Path.GetDirectoryName(file)!);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.Path);
        Assert.Contains("Git LFS pointer", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTrajectoryFileIsReportedAsEmpty()
    {
        using var temp = new TempFolder();
        var file = temp.Write("local.traj.json", "");

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        Assert.Contains("empty file", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTrajectoryForcedOnTheExtractorIsStillAClearError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("local.traj.json", "");

        var result = RunReader.CreateDefault().Read(file, MiniSweAgentTextExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains($"{file}: empty file", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidJsonOfTheWrongShapeIsReportedWithWhatWasFound()
    {
        using var temp = new TempFolder();
        var file = temp.Write("x/x.traj.json", """{"info": {"mini_version": "2.2.7"}, "messages": "not a list"}""");

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors).Error;
        Assert.Contains("not a mini-SWE-agent trajectory", error, StringComparison.Ordinal);
        Assert.Contains("keys info, messages", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrajectoryOfAnotherAgentForcedOnThisExtractorIsAShapeError()
    {
        var file = Corpus.PathOf("swe-agent/legacy_v0_format/6e44b9__sweagenttestrepo-1c2844.traj");

        var result = RunReader.CreateDefault().Read(file, MiniSweAgentToolCallsExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains("not a mini-SWE-agent trajectory", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrecognisedJsonFileNamedDirectlyIsNotInAnyKnownFormat()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.json", """{"hello": "world"}""");

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        Assert.Contains("not in any known trajectory format", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
