namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// Confidence as a measured rate: for each signal that names the onset, how often its onset fell within 3 steps of
/// the label on the labelled real runs (../shared/labels, 44 with an onset), smoothed toward the trust the signal
/// was designed with (its score in <see cref="LocalizerOptions"/>) with a prior weight of 2 runs, because most
/// signals won only a handful of runs: (hits + 2 × prior) / (runs + 2). Fitted with
/// <c>Evaluation.Calibration.Fit</c>, printed by <c>codetracer eval --held-out</c>; refit when the signals change.
/// </summary>
public static class SignalCalibration
{
    /// <summary>Share of all 44 labelled runs whose heuristic onset was within 3 steps.</summary>
    public const double Overall = 0.705;

    public static IReadOnlyDictionary<string, double> WithinThree { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["product-edit"] = 0.73,       // 23 of 31, prior 0.6
        ["degenerate-actions"] = 0.78, // 6 of 8, prior 0.9
        ["unrecovered-error"] = 0.36,  // 1 of 3, prior 0.4
        ["premature-end"] = 0.40,      // 1 of 1, prior 0.1
        ["unverified-change"] = 0.30,  // 0 of 1, prior 0.45
        ["retried-failure"] = 0.35,    // never won, prior 0.35
    };

    /// <summary>A signal not in the table gets the overall rate.</summary>
    public static double For(string signal) => WithinThree.TryGetValue(signal, out var rate) ? rate : Overall;
}
