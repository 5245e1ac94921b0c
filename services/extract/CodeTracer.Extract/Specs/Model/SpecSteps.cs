namespace CodeTracer.Extract.Specs.Model;

/// <summary>Which records hold steps and where each step field is. Paths are relative to the step item unless a rule says otherwise.</summary>
public sealed record SpecSteps
{
    /// <summary>Filter a record must pass to hold steps, e.g. <c>@.role == 'assistant'</c>.</summary>
    public string? Select { get; init; }

    /// <summary>Path inside the record to its step items (<c>$.tool_calls[*]</c>); absent: the record is the item.</summary>
    public string? Each { get; init; }

    /// <summary>lines format: a regex a line must match to be a step; its named groups feed <c>{"group": ...}</c> rules.</summary>
    public string? Line { get; init; }

    public SpecValue? Anchor { get; init; }

    public SpecValue? Tool { get; init; }

    public SpecValue? Arguments { get; init; }

    public SpecValue? Action { get; init; }

    public SpecObservation? Observation { get; init; }

    public SpecIsError? IsError { get; init; }

    public SpecValue? ExitCode { get; init; }

    public SpecValue? StartedAt { get; init; }

    public SpecValue? EndedAt { get; init; }

    public SpecValue? Thought { get; init; }

    public SpecValue? Reasoning { get; init; }
}
