using System.Globalization;

namespace CodeTracer.Localize.Evaluation;

/// <summary>Scores averaged over the labelled runs with an onset: precision, recall, F1 and onset accuracy.</summary>
public sealed record MethodSummary(string Method, int Runs, double Precision, double Recall, double F1, double OnsetExact, double OnsetWithin1, double OnsetWithin3)
{
    public static MethodSummary Of(string method, IReadOnlyList<RunScore> scores)
    {
        double Share(int tolerance) => scores.Count == 0 ? 0 : (double)scores.Count(s => s.OnsetDistance <= tolerance) / scores.Count;
        double Mean(Func<RunScore, double> f) => scores.Count == 0 ? 0 : scores.Average(f);
        return new MethodSummary(method, scores.Count, Mean(s => s.Precision), Mean(s => s.Recall), Mean(s => s.F1), Share(0), Share(1), Share(3));
    }

    public static string Header => "method           runs  prec   rec    F1     onset=  ±1     ±3";

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0,-16} {1,4}  {2:0.000}  {3:0.000}  {4:0.000}  {5:0.000}  {6:0.000}  {7:0.000}",
        Method, Runs, Precision, Recall, F1, OnsetExact, OnsetWithin1, OnsetWithin3);
}
