using System.Globalization;
using System.Text;

namespace CodeTracer.Localize.Evaluation;

/// <summary>The methods side by side, as <c>codetracer eval</c> prints them.</summary>
public sealed record EvaluationTable(IReadOnlyList<MethodRow> Rows)
{
    public const string Header = "method            runs  prec   rec    F1     onset= ±1     ±3     W&W   W&W=   tok/run  ms/run";

    public string ToText()
    {
        var text = new StringBuilder().AppendLine(Header);
        foreach (var row in Rows)
        {
            text.AppendLine(Line(row));
        }

        return text.ToString();
    }

    public static string Line(MethodRow row)
    {
        var s = row.Labelled;
        var ww = row.WhoAndWhenAccuracy is { } a ? a.ToString("0.000", CultureInfo.InvariantCulture) : "  -  ";
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0,-16} {1,5}  {2:0.000}  {3:0.000}  {4:0.000}  {5:0.000}  {6:0.000}  {7:0.000}  {8,4}  {9}  {10,7:0}  {11,6:0.0}",
            s.Method, s.Runs, s.Precision, s.Recall, s.F1, s.OnsetExact, s.OnsetWithin1, s.OnsetWithin3, row.WhoAndWhenRuns, ww, row.TokensPerRun, row.MillisecondsPerRun);
    }
}
