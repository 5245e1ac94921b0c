namespace CodeTracer.Storage.Memory;

/// <summary>
/// A failure pattern the localizer learned for one agent framework, e.g. "edits the test instead of the code".
/// Structured, so it can be ranked and shown, not free text to be re-read by a model.
/// </summary>
public sealed record MemoryEntry
{
    /// <summary>The agent or framework the pattern belongs to, e.g. <c>claude-code</c>.</summary>
    public required string Framework { get; init; }

    /// <summary>Stable name of the pattern within its framework; the upsert key with <see cref="Framework"/>.</summary>
    public required string Key { get; init; }

    /// <summary>What the failure looks like in a run.</summary>
    public required string Pattern { get; init; }

    /// <summary>What to check or suggest when it shows.</summary>
    public string? Advice { get; init; }

    /// <summary>Ranking score; higher first.</summary>
    public double Relevance { get; init; }

    /// <summary>How many runs showed the pattern; breaks ties in relevance.</summary>
    public int Occurrences { get; init; }

    /// <summary>A few runs that show it, for people to look at.</summary>
    public IReadOnlyList<string> ExampleRunIds { get; init; } = [];

    /// <summary>Kept to the millisecond, in UTC.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
