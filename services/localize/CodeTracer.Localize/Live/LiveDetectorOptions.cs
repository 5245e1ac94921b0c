namespace CodeTracer.Localize.Live;

/// <summary>Thresholds of the online detectors: loud enough to matter, cheap enough to run on every batch.</summary>
public sealed record LiveDetectorOptions
{
    /// <summary>The same failing action seen this many times is a blind retry loop.</summary>
    public int RetryCount { get; init; } = 3;

    /// <summary>The same action (failing or not) seen this many times goes in circles.</summary>
    public int RepeatCount { get; init; } = 4;

    /// <summary>This many failed steps in a row: the agent is not recovering.</summary>
    public int ErrorStreak { get; init; } = 5;
}
