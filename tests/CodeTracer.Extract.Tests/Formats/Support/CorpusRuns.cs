using CodeTracer.Contracts.Runs;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.Support;

internal static class CorpusRuns
{
    /// <summary>Reads a corpus run the way users do (detection included) and checks it gave exactly one run.</summary>
    public static Run ReadSingle(string relativePath)
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf(relativePath));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Runs);
    }

}
