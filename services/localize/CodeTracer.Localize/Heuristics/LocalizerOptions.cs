namespace CodeTracer.Localize.Heuristics;

/// <summary>Thresholds of the heuristic localizer; the defaults are general rules, not tuned per run.</summary>
public sealed record LocalizerOptions
{
    /// <summary>Fewer degenerate actions than this are noise, not a failure mode.</summary>
    public int MinDegenerateSteps { get; init; } = 3;

    /// <summary>From the onset on, at least this share of the steps must be degenerate: the agent never got back on track.</summary>
    public double DegenerateTailShare { get; init; } = 0.8;

    /// <summary>An identical action seen this many times is a repeat.</summary>
    public int RepeatCount { get; init; } = 2;

    /// <summary>A failing command run this many times is a blind retry.</summary>
    public int RetryCount { get; init; } = 2;

    /// <summary>More explorations than this in a row, with no state change, is stagnation; the ones past it are unuseful.</summary>
    public int StagnationSteps { get; init; } = 15;

    /// <summary>The most steps the agent framework allows a run (OpenHands' iteration cap), or null when it has none.</summary>
    public int? StepBudget { get; init; }

    /// <summary>A run this close to <see cref="StepBudget"/> used it up (the last iteration often issues no action).</summary>
    public int StepBudgetSlack { get; init; } = 1;

    /// <summary>A resolved run gets an onset only from a signal at least this strong.</summary>
    public double ResolvedRunMinScore { get; init; } = 0.85;

    /// <summary>Signal scores: how much each kind of evidence is trusted when it names an onset.</summary>
    public double DegenerateScore { get; init; } = 0.9;

    public double ProductEditScore { get; init; } = 0.6;

    public double FailedCheckBonus { get; init; } = 0.1;

    public double UnverifiedChangeScore { get; init; } = 0.45;

    public double UnrecoveredErrorScore { get; init; } = 0.4;

    public double RetriedFailureScore { get; init; } = 0.35;

    /// <summary>The fallback for a failed run where nothing else fired; barely better than a guess.</summary>
    public double PrematureEndScore { get; init; } = 0.1;
}
