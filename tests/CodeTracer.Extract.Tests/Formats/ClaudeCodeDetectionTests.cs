using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.ClaudeCodeStreamJson;
using CodeTracer.Extract.Formats.HarborAtif;
using CodeTracer.Extract.Formats.TerminalBenchCast;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats;

/// <summary>The three Claude Code extractors claim their own inputs and leave each other's (and everyone else's) alone.</summary>
public sealed class ClaudeCodeDetectionTests
{
    private static readonly IFormatExtractor[] Extractors =
        [new ClaudeCodeStreamJsonExtractor(), new TerminalBenchCastExtractor(), new HarborAtifExtractor()];

    public static TheoryData<string, string> OwnInputs => new()
    {
        { ClaudeCodeStreamJsonExtractor.FormatId, Inputs.StreamJsonFile },
        { TerminalBenchCastExtractor.FormatId, Inputs.Tb1Trial },
        { HarborAtifExtractor.FormatId, Inputs.HarborTrial },
        { HarborAtifExtractor.FormatId, Inputs.HarborStreamJsonTrial },
    };

    public static TheoryData<string> NotARun => new()
    {
        Inputs.Tb1Trial + "/results.json",
        Inputs.Tb1Trial + "/sessions/agent.cast",
        Inputs.Tb1Trial + "/commands.txt",
        Inputs.Tb1Trial + "/sessions",
        Inputs.Tb1ModelFolder,
        Inputs.Tb1ModelFolder + "/results.json",
        Inputs.HarborTrial + "/result.json",
        Inputs.HarborTrial + "/config.json",
        Inputs.HarborTrial + "/agent",
        Inputs.TrajectoryFile,
        "terminal-bench-kimi-k2.5",
        "terminal-bench-kimi-k2.5/result.json",
    };

    /// <summary>Every file run of the corpus in another format.</summary>
    public static TheoryData<string> OtherFormatFiles
    {
        get
        {
            var data = new TheoryData<string>();
            var ours = Extractors.Select(e => e.Id).ToHashSet();
            foreach (var path in ExpectedIndex.All.Where(r => !ours.Contains(r.Format)).Select(r => r.Path.Split('#')[0]).Distinct())
            {
                data.Add(path);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OwnInputs))]
    public void EachExtractorIsSureOfItsOwnInputAndTheOthersAreNot(string owner, string path)
    {
        var candidate = Candidate(path);

        foreach (var extractor in Extractors)
        {
            var confidence = extractor.Detect(candidate).Confidence;
            if (extractor.Id == owner)
            {
                Assert.True(confidence >= 0.9, $"{extractor.Id} rates its own {path} only {confidence}");
            }
            else
            {
                Assert.True(confidence < FormatRegistry.MinimumConfidence, $"{extractor.Id} rates {owner}'s {path} {confidence}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(NotARun))]
    public void FilesAndFoldersBesideTheRunsAreNotClaimed(string path)
    {
        var candidate = Candidate(path);

        Assert.All(Extractors, e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, $"{e.Id} claims {path}"));
    }

    [Theory]
    [MemberData(nameof(OtherFormatFiles))]
    public void RunsOfOtherFormatsAreNotClaimed(string path)
    {
        var candidate = Candidate(path);

        Assert.All(Extractors, e => Assert.True(e.Detect(candidate).Confidence < FormatRegistry.MinimumConfidence, $"{e.Id} claims {path}"));
    }

    [Fact]
    public void ARandomJsonFileScoresZero()
    {
        using var temp = new TempFolder();
        var file = temp.Write("claude-code.jsonl", "{\"name\": \"x\", \"values\": [1, 2, 3]}\n");

        Assert.All(Extractors, e => Assert.Equal(0, e.Detect(RunCandidate.ForFile(file)).Confidence));
    }

    private static RunCandidate Candidate(string path)
    {
        var full = Corpus.PathOf(path);
        return Directory.Exists(full) ? RunCandidate.ForDirectory(full) : RunCandidate.ForFile(full);
    }
}
