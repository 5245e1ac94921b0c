namespace CodeTracer.Contracts.Runs;

/// <summary>Whether the run solved its task, and which file said so.</summary>
public sealed record RunOutcome(OutcomeStatus Status, string? Source = null, string? Detail = null)
{
    public static RunOutcome Unknown { get; } = new(OutcomeStatus.Unknown);
}
