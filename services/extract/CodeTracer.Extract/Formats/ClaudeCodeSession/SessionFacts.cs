namespace CodeTracer.Extract.Formats.ClaudeCodeSession;

/// <summary>What a session file says beside its steps: model, version, prompt, times, token use, sub-agent launches.</summary>
internal sealed class SessionFacts
{
    public string? Model { get; set; }
    public string? Version { get; set; }
    public string? Task { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Usage per assistant message id: every content block of a message repeats it, so it is counted once.</summary>
    public Dictionary<string, (long? Input, long? Output, long? Cache)> Usage { get; } = new(StringComparer.Ordinal);

    /// <summary>tool_use id → the sub-agent id its result names (<c>toolUseResult.agentId</c>).</summary>
    public Dictionary<string, string> Launches { get; } = new(StringComparer.Ordinal);

    public int Records { get; set; }
}
