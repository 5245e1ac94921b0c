namespace CodeTracer.Contracts.Runs;

public enum OutcomeStatus
{
    Unknown,
    Resolved,
    Failed,
}
