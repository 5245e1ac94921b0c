using CodeTracer.Cli.Analysis;

namespace CodeTracer.Cli.Output;

/// <summary>The default <c>analyze</c> output: a few lines per run that a person reads top to bottom.</summary>
public static class TextReportWriter
{
    public static void Write(AnalysisReport report, TextWriter output)
    {
        foreach (var (run, tree, diagnosis) in report.Runs)
        {
            output.WriteLine(run.Path);
            output.WriteLine($"  format   {run.Format}{Part("agent", run.Agent)}{Part("model", run.Model)}");
            var outcomeSource = run.Outcome.Source is null ? "" : $" (from {Path.GetFileName(run.Outcome.Source)})";
            output.WriteLine($"  outcome  {Names.Of(run.Outcome.Status)}{outcomeSource}");
            var status = run.Status == Contracts.Runs.RunStatus.Complete ? "" : $" [{Names.Of(run.Status)}]";
            output.WriteLine($"  steps    {run.Steps.Count} ({tree.ExploreCount} explore, {tree.ChangeCount} change){status}");
            if (tree.Stages.Count > 0)
            {
                // Only the first stages: --tree prints them all.
                var shown = tree.Stages.Take(8).Select(s => $"{Tree.Index.TreeIndex.PhaseName(s.Phase)} {s.FirstStep}-{s.LastStep}");
                output.WriteLine($"  stages   {tree.Stages.Count}: {string.Join(", ", shown)}{(tree.Stages.Count > 8 ? ", …" : "")}");
            }

            if (diagnosis.Onset is { } onset)
            {
                output.WriteLine($"  onset    step {onset.Step} ({onset.Anchor}), confidence {diagnosis.Confidence:0.00}: {diagnosis.Reason}");
                output.WriteLine($"  chain    {string.Join(", ", diagnosis.Incorrect)}");
            }
            else
            {
                output.WriteLine($"  onset    none: {diagnosis.Reason}");
            }

            foreach (var d in run.Diagnostics.Where(d => d.Severity != Contracts.Runs.DiagnosticSeverity.Info))
            {
                output.WriteLine($"  {Names.Of(d.Severity),-8} {d.File}{(d.Line is { } line ? $":{line}" : "")}: {d.Message}");
            }

            output.WriteLine();
        }

        foreach (var skipped in report.Skipped)
        {
            output.WriteLine($"skipped  {skipped.Path}: {skipped.Error}");
        }

        output.WriteLine($"{report.Runs.Count} run(s) analyzed, {report.Errors.Count} error(s), {report.Skipped.Count} skipped");
    }

    private static string Part(string label, string? value) => value is null ? "" : $" · {label} {value}";
}
