namespace CodeTracer.Extract.Specs.Model;

/// <summary>Run-level fields. Rules default to the <c>root</c> scope (json) or the first record that yields a value (jsonl).</summary>
public sealed record SpecRun
{
    public SpecValue? Agent { get; init; }

    public SpecValue? AgentVersion { get; init; }

    public SpecValue? FormatVersion { get; init; }

    public SpecValue? Model { get; init; }

    public SpecValue? Task { get; init; }

    public SpecValue? ExitStatus { get; init; }

    public SpecOutcome? Outcome { get; init; }
}
