using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.TerminalBenchCast;

public sealed class TerminalBenchCastDamagedInputTests
{
    [Fact]
    public void ARecordingCutMidwayKeepsTheStepsBeforeTheCut()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.Tb1Trial);
        var cast = Path.Combine(trial, "sessions", "agent.cast");
        DamagedCopy.CutAt(cast, 0.6);

        var result = RunReader.CreateDefault().Read(trial);

        var run = Assert.Single(result.Runs);
        Assert.Equal(RunStatus.Partial, run.Status);
        var expected = ExpectedIndex.Get(Inputs.Tb1Trial).Steps();
        Assert.InRange(run.Steps.Count, 1, expected.Count - 1);
        Assert.Equal(expected.Take(run.Steps.Count).Select(s => s.Anchor), run.Steps.Select(s => s.Anchor));
        Assert.All(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.Equal(cast, d.File));
        Assert.Equal(OutcomeStatus.Resolved, run.Outcome.Status);
    }

    [Fact]
    public void AGitLfsPointerRecordingIsAnErrorThatSaysSo()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.Tb1Trial);
        var cast = Path.Combine(trial, "sessions", "agent.cast");
        DamagedCopy.Replace(cast, DamagedCopy.LfsPointer);

        var result = RunReader.CreateDefault().Read(trial);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(cast, error.Path);
        Assert.Contains("Git LFS pointer", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyRecordingIsAnErrorThatSaysSo()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.Tb1Trial);
        DamagedCopy.Replace(Path.Combine(trial, "sessions", "agent.cast"), "");

        var result = RunReader.CreateDefault().Read(trial);

        Assert.Empty(result.Runs);
        Assert.Contains("empty file", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordingOfAnotherAgentIsNotReadAsClaudeCode()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.Tb1Trial);
        DamagedCopy.Replace(Path.Combine(trial, "sessions", "agent.cast"),
            "{\"version\": 2, \"width\": 80, \"height\": 24, \"timestamp\": 1762612007}\n[0.1, \"o\", \"$ ls\\r\\n\"]\n");

        var result = RunReader.CreateDefault().Read(trial);

        Assert.Empty(result.Runs);
        Assert.Contains("no Claude Code stream-json", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingResultsFileLeavesTheOutcomeUnknownButKeepsTheSteps()
    {
        using var temp = new TempFolder();
        var trial = DamagedCopy.Copy(temp, Inputs.Tb1Trial);
        File.Delete(Path.Combine(trial, "results.json"));

        var run = Assert.Single(RunReader.CreateDefault().Read(trial).Runs);

        Assert.Equal(OutcomeStatus.Unknown, run.Outcome.Status);
        Assert.Equal(31, run.Steps.Count);
        Assert.Contains(run.Diagnostics, d => d.Message.Contains("results.json is missing", StringComparison.Ordinal));
    }
}
