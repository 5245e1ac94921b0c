using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Tests.Support;

namespace CodeTracer.Extract.Tests.Detection;

public sealed class FormatRegistryTests
{
    [Fact]
    public void TheHighestScoreWinsWhateverTheRegistrationOrder()
    {
        var registry = new FormatRegistry([new FakeExtractor("weak", ".jsonl", 0.6), new FakeExtractor("strong", ".jsonl", 0.9)]);

        var match = registry.Detect(RunCandidate.ForFile("/runs/a.jsonl"));

        Assert.Equal("strong", match!.Extractor.Id);
        Assert.Empty(match.TiedWith);
    }

    [Fact]
    public void ATieIsReportedRatherThanSettledSilently()
    {
        var registry = new FormatRegistry([new FakeExtractor("one", ".jsonl", 0.8), new FakeExtractor("two", ".jsonl", 0.8)]);

        var match = registry.Detect(RunCandidate.ForFile("/runs/a.jsonl"));

        Assert.Equal(["two"], match!.TiedWith);
    }

    [Fact]
    public void AScoreBelowTheMinimumClaimsNothing()
    {
        var registry = new FormatRegistry([new FakeExtractor("unsure", ".jsonl", 0.49)]);

        Assert.Null(registry.Detect(RunCandidate.ForFile("/runs/a.jsonl")));
    }
}
