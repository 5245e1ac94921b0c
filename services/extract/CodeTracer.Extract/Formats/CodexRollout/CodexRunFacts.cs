namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>Run-level facts from a rollout's session meta and turn context lines.</summary>
internal sealed class CodexRunFacts
{
    public bool HasMeta { get; set; }
    public string? Originator { get; set; }
    public string? CliVersion { get; set; }
    public string? Model { get; set; }
    public string? Instructions { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
