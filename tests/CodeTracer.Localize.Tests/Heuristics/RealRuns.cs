using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Extract;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Testing;
using CodeTracer.Tree;

namespace CodeTracer.Localize.Tests.Heuristics;

/// <summary>Real corpus runs read as <c>analyze</c> reads them, with their tree and the heuristic's diagnosis.</summary>
public static class RealRuns
{
    /// <param name="path">Relative to the corpus; <c>FILE#ID</c> picks one record of a multi-run file.</param>
    public static (Run Run, TraceTree Tree) Load(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? path : path[..hash];
        var runs = RunReader.CreateDefault().Read(Corpus.PathOf(file)).Runs;
        var run = hash < 0 ? Assert.Single(runs) : runs.Single(r => r.Path.EndsWith(path[hash..], StringComparison.Ordinal));
        return (run, TraceTreeBuilder.Build(run));
    }

    public static Diagnosis Diagnose(string path)
    {
        var (run, tree) = Load(path);
        return new HeuristicLocalizer().Localize(run, tree);
    }

    public static Evidence Signal(this Diagnosis diagnosis, string signal) => Assert.Single(diagnosis.Evidence, e => e.Signal == signal);
}
