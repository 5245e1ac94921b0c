using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats;

/// <summary>Every corpus run of the three Claude Code formats gives exactly its expected step listing.</summary>
public sealed class ClaudeCodeCorpusTests
{
    public static TheoryData<string> Runs =>
        ExpectedIndex.PathsOf("tb1-claude-code-cast", "harbor-atif", "claude-code-stream-json");

    [Theory]
    [MemberData(nameof(Runs))]
    public void EachRunGivesItsExpectedListing(string path)
    {
        var expected = ExpectedIndex.Get(path);

        var result = RunReader.CreateDefault().Read(Corpus.PathOf(path));

        Assert.Empty(result.Errors);
        var run = Assert.Single(result.Runs);
        Assert.Equal(expected.Format, run.Format);
        ExpectedListing.AssertMatches(expected, run);
    }
}
