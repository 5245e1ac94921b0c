using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.GeminiCli;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.GeminiCli;

public sealed class GeminiCliEdgeTests
{
    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(GeminiCliExtractor.FormatId);

    public static TheoryData<string> OwnRuns => ExpectedIndex.PathsOf(GeminiCliExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OwnRuns))]
    public void EachSessionIsClaimedWithoutATie(string path)
    {
        var match = BuiltInFormats.Registry().Detect(CorpusCandidates.Of(path));

        Assert.Equal(GeminiCliExtractor.FormatId, match?.Extractor.Id);
        Assert.Empty(match!.TiedWith);
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalf(string path) =>
        Assert.True(new GeminiCliExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);

    [Fact]
    public void TheLogsFileBesideTheChatsIsNotARun() =>
        Assert.Equal(0, new GeminiCliExtractor().Detect(RunCandidate.ForFile(Corpus.PathOf("gemini-cli/codemie-code/logs.json"))).Confidence);

    [Fact]
    public void ErrorAndCancelledCallsAreErrorsAndAnUnansweredCallHasNoObservation()
    {
        using var temp = new TempFolder();
        var file = temp.Write("session-x.json", """
            {"sessionId": "s", "projectHash": "p", "startTime": "2026-01-01T00:00:00Z", "messages": [
              {"id": "1", "type": "user", "content": "go"},
              {"id": "2", "type": "gemini", "content": "", "model": "gemini-2.5-pro", "toolCalls": [
                {"id": "run_shell_command-1-a", "name": "run_shell_command", "args": {"command": "ls -la"}, "status": "error",
                 "result": [{"functionResponse": {"id": "run_shell_command-1-a", "name": "run_shell_command", "response": {"error": "denied"}}}]},
                {"id": "read_file-2-b", "name": "read_file", "args": {"file_path": "a"}, "status": "cancelled"},
                {"id": "read_file-3-c", "name": "read_file", "args": {"file_path": "b"}}]}]}
            """);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(["ls -la", "{\"file_path\":\"a\"}", "{\"file_path\":\"b\"}"], run.Steps.Select(s => s.Action));
        Assert.Equal([true, true, null], run.Steps.Select(s => s.IsError));
        Assert.Equal([true, true, false], run.Steps.Select(s => s.HasObservation));
        Assert.Equal("denied", run.Steps[0].Observation);
    }

    [Fact]
    public void ATruncatedSessionIsReportedWithFileAndPosition()
    {
        using var temp = new TempFolder();
        var file = DamagedCopy.Copy(temp, "gemini-cli/codemie-code/session-2025-12-01T21-45-5b959dae.json");
        DamagedCopy.CutAt(file, 0.6);

        var result = RunReader.CreateDefault().Read(file, GeminiCliExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.StartsWith($"{file}: not valid JSON, parsing stopped at line ", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData(DamagedCopy.LfsPointer, "Git LFS pointer")]
    [InlineData("[{\"sessionId\": \"s\"}]", "valid JSON, but not a Gemini CLI chat session (expected an object with messages[], found a JSON array)")]
    public void EmptyLfsAndWrongShapeFilesAreClearErrors(string content, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write("session-y.json", content);

        var result = RunReader.CreateDefault().Read(file, GeminiCliExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains(message, Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
