using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.CodexRollout;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.CodexRollout;

public sealed class CodexDamagedInputTests
{
    [Fact]
    public void ATruncatedEnvelopeLineKeepsTheStepsBeforeItAndNamesFileAndLine()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, CodexEnvelopeCorpusTests.Tui);
        DamagedCopy.CutInLine(file, 26);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        // Lines 9 and 13 hold the first two calls; line 27 (the third) is the one cut.
        Assert.Equal(["call_Y2p6KmqwoTtpi6atpDPuxC5M", "call_QazIeAavKevvIILVQkrDdKKT"], run.Steps.Select(s => s.Anchor));
        var damage = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(file, damage.File);
        Assert.Equal(27, damage.Line);
    }

    [Fact]
    public void ACorruptLegacyLineIsReportedAndTheRestIsRead()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(CodexLegacyFixtureTests.Fixture);
        lines[7] = "{\"type\":\"function_call_output\",\"call_id\":\"call_A1\",\"out";
        var file = temp.Write("rollout-damaged.jsonl", string.Join('\n', lines) + "\n");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(CodexLegacyExtractor.FormatId, run.Format);
        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal(8, Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Line);
        Assert.Equal(4, run.Steps.Count);
        Assert.False(run.Steps[0].HasObservation);
        Assert.Null(run.Steps[0].IsError);
    }

    [Theory]
    [InlineData(CodexEnvelopeExtractor.FormatId, "", "empty file")]
    [InlineData(CodexLegacyExtractor.FormatId, DamagedCopy.LfsPointer, "Git LFS pointer")]
    [InlineData(CodexEnvelopeExtractor.FormatId, "# not json\n", "is not a Codex rollout (envelope layout)")]
    [InlineData(CodexLegacyExtractor.FormatId, "{\"name\": \"x\"}\n", "is not a Codex rollout (legacy layout)")]
    public void EmptyLfsAndWrongShapeFilesAreClearErrors(string format, string content, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write("rollout-x.jsonl", content);

        var result = RunReader.CreateDefault().Read(file, format);

        Assert.Empty(result.Runs);
        Assert.Contains(message, Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
