using CodeTracer.Cli.Analysis;
using CodeTracer.Tree.Index;

namespace CodeTracer.Cli.Output;

/// <summary><c>analyze --tree</c>: the compact tree index of every run, one block per run, cut to a token budget when asked.</summary>
public static class TreeIndexWriter
{
    public static void Write(AnalysisReport report, TextWriter output, int? budgetTokens)
    {
        foreach (var analysis in report.Runs)
        {
            output.Write(TreeIndex.Render(analysis.Run, analysis.Tree, budgetTokens));
            output.WriteLine();
        }

        foreach (var skipped in report.Skipped)
        {
            output.WriteLine($"skipped  {skipped.Path}: {skipped.Error}");
        }
    }
}
