namespace CodeTracer.Extract.Specs.Model;

/// <summary>What detection looks for in the name and the first 64 KiB of the trajectory.</summary>
public sealed record SpecFingerprints
{
    /// <summary>Globs (<c>*</c>, <c>?</c>) one of which the trajectory's file name must match.</summary>
    public IReadOnlyList<string> FileNames { get; init; } = [];

    /// <summary>JSON keys that must all appear in the head (as <c>"key":</c>).</summary>
    public IReadOnlyList<string> RequiredKeys { get; init; } = [];

    /// <summary>Sets of keys; each set whose keys all appear raises the score.</summary>
    public IReadOnlyList<IReadOnlyList<string>> KeySets { get; init; } = [];

    /// <summary>Regular expressions; each that matches a line of the head raises the score.</summary>
    public IReadOnlyList<string> LinePatterns { get; init; } = [];
}
