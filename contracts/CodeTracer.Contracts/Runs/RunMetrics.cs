namespace CodeTracer.Contracts.Runs;

/// <summary>Run-level figures as the source reports them; null when it does not.</summary>
public sealed record RunMetrics
{
    public long? InputTokens { get; init; }
    public long? OutputTokens { get; init; }
    public long? CacheTokens { get; init; }
    public decimal? CostUsd { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string? ExitStatus { get; init; }
}
