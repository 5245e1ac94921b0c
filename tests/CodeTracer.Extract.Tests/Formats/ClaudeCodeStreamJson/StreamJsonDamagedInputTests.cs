using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.ClaudeCodeStreamJson;

public sealed class StreamJsonDamagedInputTests
{
    [Fact]
    public void ATruncatedLineKeepsTheStepsBeforeIt()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, Inputs.StreamJsonFile);
        DamagedCopy.CutInLine(file, 10);

        var result = RunReader.CreateDefault().Read(file);

        var run = Assert.Single(result.Runs);
        Assert.Equal(RunStatus.Partial, run.Status);
        // Lines 2, 5 and 8 hold the first three tool_use blocks.
        Assert.Equal(["functions.Bash:0", "functions.Bash:0", "functions.Bash:1"], run.Steps.Select(s => s.Anchor));
        var damage = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(file, damage.File);
        Assert.Equal(11, damage.Line);
    }

    [Fact]
    public void ACorruptLineInTheMiddleIsReportedAndTheLinesAfterItAreStillRead()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, Inputs.StreamJsonFile);
        var lines = File.ReadAllLines(file);
        lines[30] = "{\"type\": \"assistant\", \"message\": {garbage";
        DamagedCopy.Replace(file, string.Join('\n', lines) + "\n");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal(31, Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Line);
        // Line 31 held functions.Bash:8: that one step is lost (its result stays unmatched), the rest is kept.
        Assert.Equal(34, run.Steps.Count);
        Assert.DoesNotContain(run.Steps, s => s.Anchor == "functions.Bash:8");
        Assert.Equal("functions.Bash:34", run.Steps[^1].Anchor);
    }

    [Fact]
    public void AnEmptyFileIsAnErrorNotARun()
    {
        using var temp = new TempFolder();
        var file = temp.Write("claude-code.txt", "");

        var result = RunReader.CreateDefault().Read(file, "claude-code-stream-json");

        Assert.Empty(result.Runs);
        Assert.Contains("empty", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatIsNotJsonGivesAClearErrorWhenForced()
    {
        using var temp = new TempFolder();
        var file = temp.Write("notes.txt", "# aider chat started at 2024-01-01\n\n#### fix the bug\n");

        var result = RunReader.CreateDefault().Read(file, "claude-code-stream-json");

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.Path);
        Assert.Contains("is not Claude Code stream-json", error.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("extractor failed", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASessionThatNeverCalledAToolHasNoStepsAndNeverStarted()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Corpus.PathOf(Inputs.StreamJsonFile));
        var file = temp.Write("claude-code.txt", lines[0] + "\n" + lines[^1] + "\n");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Empty(run.Steps);
        Assert.Equal(RunStatus.NotStarted, run.Status);
    }
}
