namespace CodeTracer.Contracts.Runs;

/// <summary>
/// One agent run, rebuilt losslessly from its native artifacts. Display text is derived when rendering;
/// everything here is what the source said, with provenance.
/// </summary>
public sealed record Run
{
    /// <summary>Where the run was read from: a run folder, a file, or <c>FILE#ID</c> for one record of a multi-run file.</summary>
    public required string Path { get; init; }

    /// <summary>The extractor id that read it, e.g. <c>claude-code-stream-json</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Version of the format as the source states it (schema_version, mini_version…), when it does.</summary>
    public string? FormatVersion { get; init; }

    /// <summary>The agent or framework, e.g. <c>claude-code</c>, <c>mini-swe-agent</c>.</summary>
    public string? Agent { get; init; }

    public string? AgentVersion { get; init; }

    public string? Model { get; init; }

    /// <summary>The task the agent was given, when the artifacts hold it.</summary>
    public string? Task { get; init; }

    public RunOutcome Outcome { get; init; } = RunOutcome.Unknown;

    public RunStatus Status { get; init; } = RunStatus.Complete;

    public IReadOnlyList<Step> Steps { get; init; } = [];

    /// <summary>The agent's last message (text it produced after, or instead of, acting).</summary>
    public string? FinalMessage { get; init; }

    public RunMetrics Metrics { get; init; } = new();

    /// <summary>Every file the run was read from, with its hash, so any claim can be traced to bytes.</summary>
    public IReadOnlyList<SourceFile> Sources { get; init; } = [];

    /// <summary>What the extractor could not read or found odd: file, line, message. Never thrown away.</summary>
    public IReadOnlyList<ExtractionDiagnostic> Diagnostics { get; init; } = [];
}
