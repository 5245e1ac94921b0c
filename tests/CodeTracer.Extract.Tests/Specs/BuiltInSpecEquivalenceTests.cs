using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Extract.Specs;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Specs;

/// <summary>
/// The proof that the spec engine is complete for a real format: with the built-in mini-SWE-agent v2 extractor
/// taken out of the registry and its spec put in, every corpus run gives the same steps.
/// </summary>
public sealed class BuiltInSpecEquivalenceTests
{
    private const string SpecId = "spec-mini-swe-agent-v2-toolcalls";

    public static TheoryData<string> Runs => ExpectedIndex.PathsOf(MiniSweAgentToolCallsExtractor.FormatId);

    [Theory]
    [MemberData(nameof(Runs))]
    public void TheSpecReadsEveryCorpusRunExactlyAsTheBuiltInExtractorDoes(string path)
    {
        var expected = ExpectedIndex.Get(path);
        var withSpec = new RunReader(SpecOnlyRegistry()).Read(Corpus.PathOf(path));
        var builtIn = RunReader.CreateDefault().Read(Corpus.PathOf(path));

        Assert.Empty(withSpec.Errors);
        var run = Assert.Single(withSpec.Runs);
        var reference = Assert.Single(builtIn.Runs);
        Assert.Equal(SpecId, run.Format);
        ExpectedListing.AssertMatches(expected, run);
        Assert.Equal(reference.Steps.Count, run.Steps.Count);
        foreach (var (want, got) in reference.Steps.Zip(run.Steps))
        {
            // Token usage is the one field the spec schema does not map; redaction lists are compared by content.
            Assert.Equal(want with { Tokens = null, Redactions = [] }, got with { Redactions = [] });
            Assert.Equal(want.Redactions, got.Redactions);
        }

        Assert.Equal(reference.Outcome, run.Outcome);
        Assert.Equal(reference.Model, run.Model);
        Assert.Equal(reference.Agent, run.Agent);
        Assert.Equal(reference.AgentVersion, run.AgentVersion);
        Assert.Equal(reference.Task, run.Task);
        Assert.Equal(reference.Metrics.ExitStatus, run.Metrics.ExitStatus);
        Assert.Equal(reference.Sources, run.Sources);
    }

    [Fact]
    public void BesideTheBuiltInExtractorTheSpecLosesOnScoreInsteadOfTying()
    {
        var registry = new FormatRegistry([.. BuiltInFormats.All(), BuiltInSpecs.Find(SpecId)!]);

        var match = registry.Detect(RunCandidate.ForDirectory(Corpus.PathOf(ExpectedIndex.OfFormat(MiniSweAgentToolCallsExtractor.FormatId).First().Path)));

        Assert.NotNull(match);
        Assert.Equal(MiniSweAgentToolCallsExtractor.FormatId, match.Extractor.Id);
        Assert.Empty(match.TiedWith);
    }

    private static FormatRegistry SpecOnlyRegistry() => new(
    [
        .. BuiltInFormats.All().Where(e => e.Id != MiniSweAgentToolCallsExtractor.FormatId),
        BuiltInSpecs.Find(SpecId)!,
    ]);
}
