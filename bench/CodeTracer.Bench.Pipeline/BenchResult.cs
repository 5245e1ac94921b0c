using System.Globalization;

namespace CodeTracer.Bench.Pipeline;

/// <summary>One measured batch: how many runs and steps went from upload to diagnosis, how fast.</summary>
public sealed record BenchResult(int LocalizeWorkers, int Runs, long Steps, TimeSpan Elapsed, IReadOnlyList<TimeSpan> Latencies)
{
    public string Row()
    {
        var sorted = Latencies.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {LocalizeWorkers} | {Runs} | {Steps} | {Elapsed.TotalSeconds:F1} | {Runs / Elapsed.TotalSeconds:F1} | {Steps / Elapsed.TotalSeconds:F0} | {Percentile(sorted, 0.50):F2} | {Percentile(sorted, 0.95):F2} |");
    }

    public const string Header = """
        | localize workers | runs | steps | seconds | runs/s | steps/s | p50 upload→diagnosis (s) | p95 (s) |
        |---|---|---|---|---|---|---|---|
        """;

    private static double Percentile(TimeSpan[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)].TotalSeconds;
}
