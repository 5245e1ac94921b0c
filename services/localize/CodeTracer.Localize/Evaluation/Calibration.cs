using System.Globalization;
using System.Text;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// Fits the per-signal precision table behind <see cref="SignalCalibration"/>: on each labelled run with an onset,
/// which signal named the heuristic's onset and whether it fell within 3 steps of the label. The calibration error
/// is the run-weighted mean gap between the stated confidence and that observed rate (ECE with one bin per signal).
/// </summary>
public sealed record Calibration(IReadOnlyList<CalibrationRow> Rows)
{
    public int Runs => Rows.Sum(r => r.Runs);

    public double Error => Runs == 0 ? 0 : Rows.Sum(r => r.Runs * Math.Abs(r.Rate - r.StatedConfidence)) / Runs;

    public static Calibration Fit(IReadOnlyList<LabelledRun> runs, LocalizerSettings settings)
    {
        var localizer = new HeuristicLocalizer(settings);
        var rows = runs
            .Where(r => r.Label.Onset is not null)
            .Select(r => (Run: r, Diagnosis: localizer.Localize(r.Run, r.Tree)))
            .Where(x => x.Diagnosis.Onset is not null)
            .GroupBy(x => x.Diagnosis.Reason.Split(':')[0])
            .Select(g => new CalibrationRow(
                g.Key,
                g.Count(),
                g.Count(x => Math.Abs(x.Diagnosis.Onset!.Step - x.Run.Label.Onset!.Step) <= 3),
                g.Average(x => x.Diagnosis.Confidence)))
            .OrderByDescending(r => r.Runs)
            .ThenBy(r => r.Signal, StringComparer.Ordinal)
            .ToList();
        return new Calibration(rows);
    }

    public string ToText()
    {
        var text = new StringBuilder().AppendLine("signal                      runs  within±3  rate   stated");
        foreach (var row in Rows)
        {
            text.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-26} {1,5}  {2,8}  {3:0.000}  {4:0.000}", row.Signal, row.Runs, row.WithinThree, row.Rate, row.StatedConfidence));
        }

        return text.AppendLine(string.Format(CultureInfo.InvariantCulture, "calibration error (ECE, one bin per signal): {0:0.000}", Error)).ToString();
    }
}
