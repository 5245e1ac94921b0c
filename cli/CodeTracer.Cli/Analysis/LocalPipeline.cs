using CodeTracer.Extract;
using CodeTracer.Extract.Detection;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Tree;

namespace CodeTracer.Cli.Analysis;

/// <summary>
/// extract → tree → localize, in this process: the same library calls the services make, without the bus.
/// </summary>
public static class LocalPipeline
{
    /// <param name="spec">When given, the input is read with this spec (as if named by --format).</param>
    public static AnalysisReport Analyze(string path, string? format, CancellationToken cancellationToken, IFormatExtractor? spec = null)
    {
        var reader = spec is null ? RunReader.CreateDefault() : new RunReader(new FormatRegistry([.. BuiltInFormats.All(), spec]));
        var read = reader.Read(path, spec?.Id ?? format, cancellationToken);
        var localizer = new HeuristicLocalizer();
        var runs = new List<RunAnalysis>(read.Runs.Count);
        var errors = new List<RunError>(read.Errors);
        foreach (var run in read.Runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var tree = TraceTreeBuilder.Build(run);
                runs.Add(new RunAnalysis(run, tree, localizer.Localize(run, tree)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One run that trips a bug must not cost the user the report on the others.
                errors.Add(new RunError(run.Path, $"analysis failed: {e.GetType().Name}: {e.Message}"));
            }
        }

        return new AnalysisReport(runs, errors, read.Skipped);
    }
}
