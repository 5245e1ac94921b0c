using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.CodexRollout;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.CodexRollout;

public sealed class CodexDetectionTests
{
    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(CodexEnvelopeExtractor.FormatId);

    public static TheoryData<string> OwnRuns => ExpectedIndex.PathsOf(CodexEnvelopeExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OwnRuns))]
    public void EachEnvelopeRolloutIsClaimedWithoutATie(string path)
    {
        var match = BuiltInFormats.Registry().Detect(CorpusCandidates.Of(path));

        Assert.Equal(CodexEnvelopeExtractor.FormatId, match?.Extractor.Id);
        Assert.Empty(match!.TiedWith);
        Assert.True(new CodexLegacyExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);
    }

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalfByBothLayouts(string path)
    {
        var candidate = CorpusCandidates.Of(path);

        Assert.True(new CodexEnvelopeExtractor().Detect(candidate).Confidence < FormatRegistry.MinimumConfidence);
        Assert.True(new CodexLegacyExtractor().Detect(candidate).Confidence < FormatRegistry.MinimumConfidence);
    }

    [Fact]
    public void TheLegacyFixtureIsClaimedByTheLegacyLayoutOnly()
    {
        var candidate = RunCandidate.ForFile(CodexLegacyFixtureTests.Fixture);

        Assert.True(new CodexLegacyExtractor().Detect(candidate).Confidence >= 0.9);
        Assert.Equal(0, new CodexEnvelopeExtractor().Detect(candidate).Confidence);
    }
}
