namespace CodeTracer.Contracts.Diagnoses;

/// <summary>
/// Where a run started to go wrong: the onset step (null for a healthy run or one that failed for reasons
/// outside the agent's decisions), the steps that carried the error forward, and how sure the method is.
/// </summary>
public sealed record Diagnosis
{
    public StepRef? Onset { get; init; }

    /// <summary>The error chain: the onset and the later steps that carried the error forward.</summary>
    public IReadOnlyList<int> Incorrect { get; init; } = [];

    /// <summary>Steps that did not move the run forward (redundant exploration, repeats).</summary>
    public IReadOnlyList<int> Unuseful { get; init; } = [];

    /// <summary>0 to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>How it was found: <c>heuristic</c>, <c>llm</c>…</summary>
    public required string Method { get; init; }

    /// <summary>One line a person can read.</summary>
    public required string Reason { get; init; }

    /// <summary>The signals that fired, each naming the steps that show it.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The kind of mistake at the onset, when one was found.</summary>
    public ErrorCategory? Category { get; init; }

    /// <summary>The id of the trace-tree stage the onset belongs to.</summary>
    public int? SuspiciousStage { get; init; }

    /// <summary>Where to resume and what to do differently.</summary>
    public ReplayHint? Replay { get; init; }

    public DiagnosisCost? Cost { get; init; }

    /// <summary>Why a richer method (an LLM) was not used and this result stands in for it; null when nothing fell back.</summary>
    public string? FallbackReason { get; init; }
}
