using CodeTracer.Contracts.Runs;
using CodeTracer.Extract;
using CodeTracer.Testing;

namespace CodeTracer.Tree.Tests.Support;

/// <summary>Real corpus runs read through the extractors (with observations), named as expected/INDEX.tsv names them.</summary>
public static class CorpusRuns
{
    private static readonly Dictionary<string, Run> Cache = [];

    public static Run Read(string indexPath)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(indexPath, out var cached))
            {
                return cached;
            }

            var hash = indexPath.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? indexPath : indexPath[..hash];
            var read = RunReader.CreateDefault().Read(Corpus.PathOf(file));
            Assert.True(read.Runs.Count > 0, string.Join("; ", read.Errors.Concat(read.Skipped).Select(e => e.Error)));
            var runs = read.Runs;
            var run = hash < 0 ? Assert.Single(runs) : runs.Single(r => r.Path.EndsWith(indexPath[hash..], StringComparison.Ordinal));
            Cache[indexPath] = run;
            return run;
        }
    }
}
