using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.TerminusEpisodes;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.TerminusEpisodes;

public sealed class TerminusEpisodesEdgeTests
{
    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats();

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void NoCorpusRunIsRatedAtOneHalf(string path) =>
        Assert.True(new TerminusEpisodesExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);

    [Fact]
    public void OnlyTheTerminusExtractorClaimsTheFixture()
    {
        var candidate = RunCandidate.ForDirectory(TerminusEpisodesFixtureTests.Trial);

        var match = BuiltInFormats.Registry().Detect(candidate);

        Assert.Equal(TerminusEpisodesExtractor.FormatId, match?.Extractor.Id);
        Assert.All(BuiltInFormats.All().Where(e => e.Id != TerminusEpisodesExtractor.FormatId),
            e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, e.Id));
    }

    [Fact]
    public void TerminusOneResponsesAreReadToo()
    {
        using var temp = new TempFolder();
        temp.Write("agent-logs/episode-0/prompt.txt", "Task: say hi\n");
        temp.Write("agent-logs/episode-0/response.txt", """
            {"state_analysis": "empty shell", "explanation": "print hi",
             "commands": [{"keystrokes": "echo hi\n", "is_blocking": true, "timeout_sec": 5}], "is_task_complete": true}
            """);

        var run = Assert.Single(RunReader.CreateDefault().Read(Path.Combine(temp.Path, "agent-logs")).Runs);

        var step = Assert.Single(run.Steps);
        Assert.Equal(("episode-0:0", "echo hi", "empty shell", "print hi"), (step.Anchor, step.Action, step.Thought, step.Reasoning));
        Assert.False(step.HasObservation);
        Assert.Equal("Task: say hi\n", run.Task);
    }

    [Fact]
    public void AMalformedResponseIsTheModelsErrorUnlessItIsTheLastOne()
    {
        using var temp = new TempFolder();
        var trial = CopyOf(TerminusEpisodesFixtureTests.Trial, temp);
        File.WriteAllText(Path.Combine(trial, "agent-logs", "episode-0", "response.txt"), "I will run ls now.");
        var last = Path.Combine(trial, "agent-logs", "episode-2", "response.txt");
        File.WriteAllText(last, "{\n  \"analysis\": \"hello.txt holds hel");

        var run = Assert.Single(RunReader.CreateDefault().Read(trial).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        Assert.Equal(["episode-1:0", "episode-1:1"], run.Steps.Select(s => s.Anchor));
        Assert.Equal([1, 2], run.Steps.Select(s => s.Id));
        Assert.Contains(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.File.EndsWith(Path.Combine("episode-0", "response.txt"), StringComparison.Ordinal));
        var cut = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(last, cut.File);
        Assert.Equal(2, cut.Line);
    }

    [Fact]
    public void AFolderWithoutEpisodesIsAClearErrorWhenForced()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "nothing here");

        var result = RunReader.CreateDefault().Read(temp.Path, TerminusEpisodesExtractor.FormatId);

        Assert.Empty(result.Runs);
        Assert.Contains("no episode-N folder", Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }

    private static string CopyOf(string folder, TempFolder temp)
    {
        var target = Path.Combine(temp.Path, Path.GetFileName(folder));
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
