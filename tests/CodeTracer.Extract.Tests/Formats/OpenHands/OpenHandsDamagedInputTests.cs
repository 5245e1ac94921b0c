using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.OpenHands;
using CodeTracer.Extract.Formats.OpenHandsSdk;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.OpenHands;

public sealed class OpenHandsDamagedInputTests
{
    private const string ProntoQa = "openhands/prontoqa_codeact_gpt-4o/output.jsonl";
    private const string Session = "openhands/session_filestore/sessions/3396c6f9bc024b81ad9bd57d9b9a6768";
    private const string Conversation = "openhands-sdk/conversations/cd94562403b9487ebdd4018e3f531dfd";
    private const string Completions = "openhands/swebench_verified_claude-3-5-sonnet_run1/llm_completions/django__django-10914";

    [Fact]
    public void ATruncatedRecordInAMultiRunFileIsAnErrorNamingFileAndLineAndTheOtherRecordsAreStillRuns()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, ProntoQa);
        var lines = File.ReadAllLines(file);
        lines[1] = lines[1][..(lines[1].Length / 2)];
        DamagedCopy.Replace(file, string.Join('\n', lines) + "\n");

        var result = RunReader.CreateDefault().Read(file);

        var error = Assert.Single(result.Errors);
        Assert.Equal(file + "#2", error.Path);
        Assert.Contains($"{file}: line 2 is not valid JSON", error.Error, StringComparison.Ordinal);
        Assert.Equal(["ProntoQA_1", "ProntoQA_3", "ProntoQA_4", "ProntoQA_5", "ProntoQA_6"], result.Runs.Select(r => r.Path[(file.Length + 1)..]));
        Assert.All(result.Runs, r => Assert.Equal(OpenHandsPairsExtractor.FormatId, r.Format));
    }

    [Fact]
    public void ATruncatedEventFileInAFileStoreSessionIsADiagnosticAndTheRunIsPartial()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFromCorpus(Session);
        var damaged = Path.Combine(folder, "events", "2.json");
        DamagedCopy.CutAt(damaged, 0.5);

        var result = RunReader.CreateDefault().Read(folder);

        Assert.Empty(result.Errors);
        var run = Assert.Single(result.Runs);
        Assert.Equal(RunStatus.Partial, run.Status);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(damaged, diagnostic.File);
        Assert.Contains("parsing stopped at line 1", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.Path == damaged);
    }

    [Fact]
    public void ATruncatedObservationFileInAV1ConversationLeavesItsActionUnanswered()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFromCorpus(Conversation);
        var damaged = Directory.GetFiles(Path.Combine(folder, "events"), "event-00003-*.json").Single();
        DamagedCopy.CutAt(damaged, 0.5);

        var run = Assert.Single(RunReader.CreateDefault().Read(folder).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal(damaged, Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).File);
        Assert.Equal(2, run.Steps.Count);
        Assert.False(run.Steps[0].HasObservation);
        Assert.Null(run.Steps[0].IsError);
        Assert.True(run.Steps[1].HasObservation);
    }

    [Fact]
    public void ATruncatedLineOfAV1EventsFileIsADiagnosticWithItsLineNumber()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, "openhands-sdk/goal_fixture/events.jsonl");
        DamagedCopy.CutInLine(file, 9);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal((file, 10L), (diagnostic.File, diagnostic.Line!.Value));
        Assert.Equal(2, run.Steps.Count);
        Assert.False(run.Steps[1].HasObservation);
    }

    [Fact]
    public void ATruncatedNewestCallFileFallsBackToThePreviousCallAndMarksTheRunPartial()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFromCorpus(Completions);
        var newest = Directory.GetFiles(folder).Single(f => f.EndsWith("1733343813.59883.json", StringComparison.Ordinal));
        DamagedCopy.CutAt(newest, 0.5);

        var run = Assert.Single(RunReader.CreateDefault().Read(folder).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal(newest, Assert.Single(run.Diagnostics).File);
        Assert.Equal(9, run.Steps.Count);
        Assert.EndsWith("1733343799.0839128.json", run.Steps[0].Provenance.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(DamagedCopy.LfsPointer)]
    public void AnEmptyOrLfsPointerOutputFileIsAClearError(string content)
    {
        using var temp = new TempFolder();
        var file = temp.Write("output.jsonl", content);

        foreach (var format in new[] { (string?)null, OpenHandsEventsExtractor.FormatId, OpenHandsPairsExtractor.FormatId, OpenHandsSdkEventsJsonlExtractor.FormatId })
        {
            var result = RunReader.CreateDefault().Read(file, format);

            Assert.Empty(result.Runs);
            var error = Assert.Single(result.Errors).Error;
            Assert.Contains(content.Length == 0 ? "empty file" : "Git LFS pointer", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void JsonLinesOfAnotherShapeForcedOnTheOutputReaderAreOneShapeError()
    {
        var file = Corpus.PathOf("openhands-sdk/goal_fixture/events.jsonl");

        var result = RunReader.CreateDefault().Read(file, OpenHandsEventsExtractor.FormatId);

        Assert.Empty(result.Runs);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.Path);
        Assert.Contains("not an OpenHands output file: line 1 is not an OpenHands output record", error.Error, StringComparison.Ordinal);
        Assert.Contains("keys id, timestamp, source, key, value, kind", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputRecordForcedOnTheV1ReaderIsAClearError()
    {
        var file = Corpus.PathOf(ProntoQa);

        var result = RunReader.CreateDefault().Read(file, OpenHandsSdkEventsJsonlExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains("no OpenHands V1 event", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AJsonArrayThatIsNotEventsIsAShapeError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("replay.json", "[1, 2, 3]");

        var result = RunReader.CreateDefault().Read(file, OpenHandsEventsExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains("not an OpenHands event list", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutEventsForcedOnTheFileStoreReaderIsAClearError()
    {
        using var temp = new TempFolder();

        var result = RunReader.CreateDefault().Read(temp.Path, OpenHandsFileStoreExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains("not an OpenHands file store session", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
