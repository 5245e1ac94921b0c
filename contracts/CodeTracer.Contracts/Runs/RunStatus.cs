namespace CodeTracer.Contracts.Runs;

/// <summary>How completely a run could be read.</summary>
public enum RunStatus
{
    /// <summary>Every record was read.</summary>
    Complete,

    /// <summary>Some records were damaged or cut off; the steps before the damage are kept.</summary>
    Partial,

    /// <summary>The agent never started or issued no action (harness failure, text-only answer).</summary>
    NotStarted,
}
