using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.SweAgent;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.SweAgent;

public sealed class SweAgentDetectionTests
{
    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(OurExtractors.Formats);

    public static TheoryData<string> OwnRuns =>
        ExpectedIndex.PathsOf(SweAgentTrajExtractor.FormatId, SweAgentHistoryOnlyExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalf(string path)
    {
        var candidate = CorpusCandidates.Of(path);

        Assert.True(new SweAgentTrajExtractor().Detect(candidate).Confidence < FormatRegistry.MinimumConfidence);
        Assert.True(new SweAgentHistoryOnlyExtractor().Detect(candidate).Confidence < FormatRegistry.MinimumConfidence);
    }

    [Theory]
    [MemberData(nameof(OwnRuns))]
    public void EachRunIsClaimedByItsOwnLayoutWithoutATie(string path)
    {
        var match = new FormatRegistry(OurExtractors.All()).Detect(CorpusCandidates.Of(path));

        Assert.NotNull(match);
        Assert.Equal(ExpectedIndex.Get(path).Format, match.Extractor.Id);
        Assert.Empty(match.TiedWith);
    }

    [Fact]
    public void ATrajectoryWithoutItsTrajSuffixIsStillRecognisedFromItsKeys()
    {
        using var temp = new TempFolder();
        var copy = temp.CopyFromCorpus("swe-agent/legacy_v0_format/6e44b9__sweagenttestrepo-1c2844.traj");
        var renamed = Path.ChangeExtension(copy, ".json");
        File.Move(copy, renamed);

        var result = new SweAgentTrajExtractor().Detect(RunCandidate.ForFile(renamed));

        Assert.True(result.Confidence >= FormatRegistry.MinimumConfidence, result.Evidence);
    }

    [Fact]
    public void FoldersAreNeverSweAgentRuns()
    {
        var folder = RunCandidate.ForDirectory(Corpus.PathOf("swe-agent/legacy_v0_format"));

        Assert.Equal(0, new SweAgentTrajExtractor().Detect(folder).Confidence);
        Assert.Equal(0, new SweAgentHistoryOnlyExtractor().Detect(folder).Confidence);
    }
}
