using System.Globalization;
using CodeTracer.Localize.Evaluation;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Cli.Commands.Eval;

/// <summary>The per-source tables and the leave-one-source-out folds, so a reader sees how much of the score is fit.</summary>
public sealed record HeldOutReport(
    IReadOnlyDictionary<string, EvaluationTable> PerSource, IReadOnlyList<HeldOutResult> Folds, MethodSummary Pooled, Calibration Calibration)
{
    public static HeldOutReport Of(IReadOnlyList<LabelledRun> runs, LocalizerSettings settings)
    {
        var perSource = runs.GroupBy(r => r.Label.Source).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Evaluator.Table(EvalMethods.Standard(settings), [.. g], []));
        var (folds, pooled) = LeaveOneSourceOut.Run(runs, SettingsGrid.Candidates(settings.Default), new NamedSettings("defaults", settings));
        return new HeldOutReport(perSource, folds, pooled, Calibration.Fit(runs, settings));
    }

    public void WriteText(TextWriter output)
    {
        foreach (var (source, table) in PerSource)
        {
            output.WriteLine();
            output.WriteLine($"source {source}");
            output.Write(table.ToText());
        }

        output.WriteLine();
        output.WriteLine("leave one source out (thresholds chosen on the other sources)");
        output.WriteLine("held-out source              " + MethodSummary.Header + "   chosen");
        foreach (var fold in Folds)
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-28} {1}   {2}", fold.Source, fold.OnHeldOut, fold.Chosen));
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-28} {1}", "", fold.DefaultsOnHeldOut));
        }

        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-28} {1}", "all (pooled)", Pooled));
        output.WriteLine();
        output.WriteLine("confidence calibration (which signal named the onset, and how often within ±3)");
        output.Write(Calibration.ToText());
    }
}
