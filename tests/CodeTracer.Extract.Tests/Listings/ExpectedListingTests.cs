using System.Collections.Concurrent;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Listings;

/// <summary>
/// The acceptance over the whole corpus, not a sample: every run of expected/INDEX.tsv, read the way users read
/// it (detection included), gives exactly its expected listing, format and outcome.
/// </summary>
public sealed class ExpectedListingTests
{
    // Multi-run files (an output.jsonl with 175 records) are read once, not once per record.
    private static readonly ConcurrentDictionary<string, Lazy<RunReadResult>> Reads = new(StringComparer.Ordinal);

    public static TheoryData<string> AllRuns() => [.. ExpectedIndex.All.Select(r => r.Path)];

    [Theory]
    [MemberData(nameof(AllRuns))]
    public void EveryCorpusRunGivesExactlyItsExpectedListing(string path)
    {
        var expected = ExpectedIndex.Get(path);
        var file = path.Split('#')[0];

        var read = Reads.GetOrAdd(file, f => new Lazy<RunReadResult>(() => RunReader.CreateDefault().Read(Corpus.PathOf(f)))).Value;

        Assert.DoesNotContain(read.Errors, e => e.Path == Corpus.PathOf(path));
        var run = Assert.Single(read.Runs, r => r.Path == Corpus.PathOf(path));
        Assert.Equal(expected.Format, run.Format);
        Assert.Equal(CorpusCandidates.OutcomeOf(expected), run.Outcome.Status);
        ExpectedListing.AssertMatches(expected, run);
    }

    [Fact]
    public void EveryFormatOfTheIndexHasABuiltInExtractor()
    {
        var registered = BuiltInFormats.All().Select(e => e.Id).ToHashSet();

        Assert.All(ExpectedIndex.All.Select(r => r.Format).Distinct(), format => Assert.Contains(format, registered));
    }
}
