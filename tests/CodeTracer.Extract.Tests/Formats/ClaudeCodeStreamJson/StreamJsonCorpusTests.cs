using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.ClaudeCodeStreamJson;

public sealed class StreamJsonCorpusTests
{
    public static TheoryData<string> Runs => ExpectedIndex.PathsOf("claude-code-stream-json");

    [Theory]
    [MemberData(nameof(Runs))]
    public void EachStreamJsonRunGivesItsExpectedListing(string path) => CorpusRuns.AssertMatchesListing(path);
}
