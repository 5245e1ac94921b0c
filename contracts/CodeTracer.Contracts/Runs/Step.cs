namespace CodeTracer.Contracts.Runs;

/// <summary>
/// One action the agent issued (one tool call or one command block), numbered per the corpus STEPS.md convention.
/// </summary>
public sealed record Step
{
    /// <summary>1-based, in the order the actions were issued.</summary>
    public required int Id { get; init; }

    /// <summary>The identifier the source format gives the action (tool_use id, call id, list index…).</summary>
    public required string Anchor { get; init; }

    /// <summary>Tool or function name as the format gives it (<c>Bash</c>, <c>str_replace_editor</c>, <c>bash</c>…).</summary>
    public required string Tool { get; init; }

    /// <summary>The raw arguments as JSON, exactly as the source has them, when it has structured arguments.</summary>
    public string? Arguments { get; init; }

    /// <summary>The action as text: the shell command for shell tools, else the compact JSON arguments or the action string.</summary>
    public required string Action { get; init; }

    /// <summary>The result the format recorded for this action; null when there is none.</summary>
    public string? Observation { get; init; }

    public bool HasObservation { get; init; }

    /// <summary>The format's own error signal for the result; null when there is no result or no such signal.</summary>
    public bool? IsError { get; init; }

    public int? ExitCode { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Text the agent wrote with the action (the assistant turn's visible text).</summary>
    public string? Thought { get; init; }

    /// <summary>Hidden or summarised reasoning, when the format records it.</summary>
    public string? Reasoning { get; init; }

    /// <summary>Steps issued in the same assistant turn share a group (the id of the turn's first step).</summary>
    public int ParallelGroup { get; init; }

    /// <summary>Steps of a sub-agent this step launched, nested rather than numbered in the main sequence.</summary>
    public IReadOnlyList<Step> SubSteps { get; init; } = [];

    public TokenUsage? Tokens { get; init; }

    /// <summary>Secrets replaced in this step's text at extraction time, per field and kind; empty when none.</summary>
    public IReadOnlyList<Redaction> Redactions { get; init; } = [];

    public required Provenance Provenance { get; init; }
}
