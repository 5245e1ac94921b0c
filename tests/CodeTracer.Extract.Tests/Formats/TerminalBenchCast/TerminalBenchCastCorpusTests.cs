using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.TerminalBenchCast;

public sealed class TerminalBenchCastCorpusTests
{
    public static TheoryData<string> Runs => ExpectedIndex.PathsOf("tb1-claude-code-cast");

    [Theory]
    [MemberData(nameof(Runs))]
    public void EachTerminalBenchTrialGivesItsExpectedListing(string path) => CorpusRuns.AssertMatchesListing(path);
}
