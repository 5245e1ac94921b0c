namespace CodeTracer.Extract.Specs.Model;

/// <summary>Which file of an input to read and how its records are laid out.</summary>
public sealed record SpecSource
{
    /// <summary>For a folder input: globs relative to it (<c>{folder}</c> is the folder's name); the first match is read.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary><c>json</c> (one document), <c>jsonl</c> (one JSON value per line) or <c>lines</c> (plain text).</summary>
    public string Format { get; init; } = "json";

    /// <summary>json: where the records are (<c>$.messages[*]</c>, <c>$[*]</c>); jsonl: optional, per line (default <c>$</c>).</summary>
    public string? Records { get; init; }
}
