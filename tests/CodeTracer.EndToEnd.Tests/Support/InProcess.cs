using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract;
using CodeTracer.Extract.Uploads;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Testing;
using CodeTracer.Tree;

namespace CodeTracer.EndToEnd.Tests.Support;

/// <summary>The pipeline's pure functions called directly, as the reference the distributed result must equal.</summary>
public static class InProcess
{
    /// <summary>
    /// Reads a copy of the file or folder on its own, as the extract worker sees an upload: read in place, an
    /// extractor would also find the corpus files beside it (e.g. a batch's exit statuses) and so another outcome.
    /// Paths are then shown under the uploaded name, as the worker stores them, so the evidence's provenance matches.
    /// </summary>
    public static (Run Run, Diagnosis Diagnosis) Diagnose(string path, string? uploadedName = null)
    {
        using var alone = new TempFolder();
        var copy = System.IO.Path.Combine(alone.Path, System.IO.Path.GetFileName(path));
        if (File.Exists(path))
        {
            File.Copy(path, copy);
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                var to = System.IO.Path.Combine(copy, System.IO.Path.GetRelativePath(path, file));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        var read = Assert.Single(RunReader.CreateDefault().Read(copy).Runs);
        var run = new UploadPaths(copy, uploadedName ?? System.IO.Path.GetFileName(path)).Rewrite(read);
        return (run, new HeuristicLocalizer().Localize(run, TraceTreeBuilder.Build(run)));
    }
}
