using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.HarborAtif;

public sealed class HarborAtifDamagedInputTests
{
    [Fact]
    public void ATruncatedTrajectoryKeepsTheStepsBeforeTheCut()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.HarborTrial);
        var trajectory = Path.Combine(trial, "agent", "trajectory.json");
        DamagedCopy.CutAt(trajectory, 0.5);

        var run = Assert.Single(RunReader.CreateDefault().Read(trial).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        var expected = ExpectedIndex.Get(Inputs.HarborTrial).Steps();
        Assert.InRange(run.Steps.Count, 1, expected.Count - 1);
        Assert.Equal(expected.Take(run.Steps.Count).Select(s => s.Anchor), run.Steps.Select(s => s.Anchor));
        var damage = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(trajectory, damage.File);
        Assert.Equal(File.ReadAllLines(trajectory).Length, damage.Line);
    }

    [Fact]
    public void AGitLfsPointerTrajectoryIsAnErrorThatSaysSo()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.HarborTrial);
        var trajectory = Path.Combine(trial, "agent", "trajectory.json");
        DamagedCopy.Replace(trajectory, DamagedCopy.LfsPointer);

        var result = RunReader.CreateDefault().Read(trial);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(trajectory, error.Path);
        Assert.Contains("Git LFS pointer", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTrajectoryIsAnErrorThatSaysSo()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.HarborTrial);
        DamagedCopy.Replace(Path.Combine(trial, "agent", "trajectory.json"), "");

        var result = RunReader.CreateDefault().Read(trial);

        Assert.Empty(result.Runs);
        Assert.Contains("empty file", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrajectoryThatIsNotAtifIsAnErrorThatSaysSo()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.HarborTrial);
        var trajectory = Path.Combine(trial, "agent", "trajectory.json");
        DamagedCopy.Replace(trajectory, "this is a log file, not JSON\n".PadRight(2000, '.'));

        var result = RunReader.CreateDefault().Read(trial);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(trajectory, error.Path);
        Assert.Contains("is not an ATIF trajectory", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderForcedAsHarborWithoutItsFilesIsAnErrorNotAnException()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "nothing here");

        var result = RunReader.CreateDefault().Read(temp.Path, "harbor-atif");

        Assert.Empty(result.Runs);
        Assert.Contains("file not found", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
