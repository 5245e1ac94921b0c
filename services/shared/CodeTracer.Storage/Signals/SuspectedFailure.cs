namespace CodeTracer.Storage.Signals;

/// <summary>A warning sign an online detector saw on a live run's step; one per run, signal and step.</summary>
public sealed record SuspectedFailure
{
    public required string RunId { get; init; }

    public required int StepId { get; init; }

    /// <summary>The detector's signal name, e.g. <c>retried-command</c>.</summary>
    public required string Signal { get; init; }

    public required string Detail { get; init; }

    public double Confidence { get; init; }

    /// <summary>Kept to the millisecond, in UTC.</summary>
    public DateTimeOffset DetectedAt { get; init; }
}
