namespace CodeTracer.Extract.Specs.Model;

/// <summary>
/// A declarative extractor: what it recognises and how records map to steps. Deserialised from JSON
/// (snake_case); see Specs/README.md for the schema. It is data: the engine interprets it, nothing runs.
/// </summary>
public sealed record SpecDocument
{
    public required string Id { get; init; }

    public required int Version { get; init; }

    public string? Description { get; init; }

    public required SpecFingerprints Fingerprints { get; init; }

    public required SpecSource Source { get; init; }

    public required SpecSteps Steps { get; init; }

    public SpecRun? Run { get; init; }
}
