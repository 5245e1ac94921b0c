using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.HarborAtif;

public sealed class HarborAtifCorpusTests
{
    public static TheoryData<string> Runs => ExpectedIndex.PathsOf("harbor-atif");

    [Theory]
    [MemberData(nameof(Runs))]
    public void EachHarborTrialGivesItsExpectedListing(string path) => CorpusRuns.AssertMatchesListing(path);
}
