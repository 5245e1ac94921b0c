using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.WhoAndWhen;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.WhoAndWhen;

public sealed class WhoAndWhenDetectionTests
{
    public static TheoryData<string> OwnRuns => ExpectedIndex.PathsOf(WhoAndWhenExtractor.FormatId);

    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(WhoAndWhenExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OwnRuns))]
    public void EachLogIsClaimedWithoutATieEvenWhenItsLabelsAreBeyondTheHead(string path)
    {
        var match = BuiltInFormats.Registry().Detect(CorpusCandidates.Of(path));

        Assert.NotNull(match);
        Assert.Equal(WhoAndWhenExtractor.FormatId, match.Extractor.Id);
        Assert.Empty(match.TiedWith);
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalf(string path) =>
        Assert.True(new WhoAndWhenExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);

    [Fact]
    public void AHistoryWithoutLabelsIsNotClaimed()
    {
        using var temp = new TempFolder();
        var file = temp.Write("1.json", "{\"history\": [{\"content\": \"hi\", \"role\": \"user\"}], \"question\": \"q\"}");

        Assert.Equal(0, new WhoAndWhenExtractor().Detect(RunCandidate.ForFile(file)).Confidence);
    }
}
