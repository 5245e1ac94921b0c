namespace CodeTracer.Extract.Specs.Proposal;

/// <summary>The OpenAI-compatible endpoint that proposes specs (bound from <see cref="Section"/>).</summary>
public sealed record SpecProposerOptions
{
    public const string Section = "CodeTracer:SpecProposer";

    /// <summary>Base URL of an OpenAI-compatible API, e.g. <c>http://127.0.0.1:11434/v1</c>.</summary>
    public required Uri Endpoint { get; init; }

    public required string Model { get; init; }

    public string? ApiKey { get; init; }

    /// <summary>How much of each unknown file the model is shown.</summary>
    public int SampleCharsPerFile { get; init; } = 6000;

    public int MaxSampleFiles { get; init; } = 4;
}
