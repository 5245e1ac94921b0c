using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Support;

/// <summary>Turns INDEX.tsv rows into what detection sees: a file or folder candidate (FILE#ID names its file).</summary>
public static class CorpusCandidates
{
    public static RunCandidate Of(string rowPath)
    {
        var hash = rowPath.IndexOf('#', StringComparison.Ordinal);
        var full = Corpus.PathOf(hash < 0 ? rowPath : rowPath[..hash]);
        return Directory.Exists(full) ? RunCandidate.ForDirectory(full) : RunCandidate.ForFile(full);
    }

    /// <summary>Run paths of every format except the given ones, one per distinct file or folder.</summary>
    public static TheoryData<string> PathsOfOtherFormats(params string[] formats)
    {
        var data = new TheoryData<string>();
        foreach (var path in ExpectedIndex.All.Where(r => !formats.Contains(r.Format))
            .Select(r => r.Path.Split('#')[0]).Distinct(StringComparer.Ordinal))
        {
            data.Add(path);
        }

        return data;
    }

    /// <summary>INDEX.tsv's outcome column in the run model's terms.</summary>
    public static OutcomeStatus OutcomeOf(ExpectedRun row) => row.Outcome switch
    {
        "resolved" => OutcomeStatus.Resolved,
        "failed" => OutcomeStatus.Failed,
        _ => OutcomeStatus.Unknown,
    };
}
