using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.ClaudeCodeSession;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.ClaudeCodeSession;

public sealed class ClaudeCodeSessionEdgeTests
{
    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(ClaudeCodeSessionExtractor.FormatId);

    public static TheoryData<string> OwnRuns => ExpectedIndex.PathsOf(ClaudeCodeSessionExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OwnRuns))]
    public void EachSessionIsClaimedWithoutATie(string path)
    {
        var match = BuiltInFormats.Registry().Detect(CorpusCandidates.Of(path));

        Assert.Equal(ClaudeCodeSessionExtractor.FormatId, match?.Extractor.Id);
        Assert.Empty(match!.TiedWith);
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalf(string path) =>
        Assert.True(new ClaudeCodeSessionExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);

    [Fact]
    public void ReadingTheSamplesFolderGivesOneRunPerSessionNotOnePerSubAgentFile()
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf("claude-code-sessions/session-share_samples"));

        var run = Assert.Single(result.Runs);
        Assert.Equal(Corpus.PathOf(ClaudeCodeSessionCorpusTests.Sample), run.Path);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void AResumedSessionThatRepeatsItsRecordsCountsEachCallOnce()
    {
        using var temp = new TempFolder();
        var lines = File.ReadAllLines(Corpus.PathOf(ClaudeCodeSessionCorpusTests.Fixture));
        var records = lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal));
        var file = temp.Write("resumed.jsonl", string.Join('\n', lines.Concat(records)) + "\n");

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(4, run.Steps.Count);
        Assert.All(run.Steps, s => Assert.True(s.HasObservation));
    }

    [Fact]
    public void ATruncatedRecordKeepsTheStepsBeforeItAndNamesFileAndLine()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, ClaudeCodeSessionCorpusTests.Fixture);
        DamagedCopy.CutInLine(file, 8);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        var damage = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(file, damage.File);
        Assert.Equal(9, damage.Line);
        Assert.Equal("toolu_01Tb7T3aSeAWYaBAtfDYroSh", run.Steps[0].Anchor);
    }

    [Fact]
    public void ADamagedSubAgentFileMakesTheSessionPartial()
    {
        using var temp = new TempFolder();
        var session = DamagedCopy.Copy(temp, ClaudeCodeSessionCorpusTests.Sample);
        var folder = DamagedCopy.Copy(temp, ClaudeCodeSessionCorpusTests.Sample[..^".jsonl".Length]);
        DamagedCopy.CutInLine(Path.Combine(folder, "subagents", "agent-a9cad17.jsonl"), 3);

        var run = Assert.Single(RunReader.CreateDefault().Read(session).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.File.EndsWith("agent-a9cad17.jsonl", StringComparison.Ordinal) && d.Line == 4);
        Assert.Equal(7, run.Steps.Count);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData(DamagedCopy.LfsPointer, "Git LFS pointer")]
    [InlineData("// only a comment\n[1, 2]\n", "is not a Claude Code session")]
    public void EmptyLfsAndWrongShapeFilesAreClearErrors(string content, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write("session.jsonl", content);

        var result = RunReader.CreateDefault().Read(file, ClaudeCodeSessionExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains(message, Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSubAgentFolderIsNotARunOfItsOwn()
    {
        var folder = Corpus.PathOf(ClaudeCodeSessionCorpusTests.Sample[..^".jsonl".Length]);

        var discovered = new RunDiscovery(BuiltInFormats.Registry()).Discover(folder).ToList();

        var input = Assert.Single(discovered);
        Assert.Equal(ClaudeCodeSessionExtractor.FormatId, input.Match?.Extractor.Id);
        Assert.Empty(new ClaudeCodeSessionExtractor().Extract(input.Candidate!).Runs);
    }
}
