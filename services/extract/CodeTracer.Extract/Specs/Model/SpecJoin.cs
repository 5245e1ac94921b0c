namespace CodeTracer.Extract.Specs.Model;

/// <summary>Observation records matched to steps by id: the element's <see cref="Key"/> equals the item's <see cref="Matches"/>.</summary>
public sealed record SpecJoin
{
    /// <summary>Path inside each record to candidate observation elements (default <c>$</c>, the record itself).</summary>
    public string? In { get; init; }

    /// <summary>Filter a candidate must pass, e.g. <c>@.role == 'tool'</c>.</summary>
    public string? Select { get; init; }

    public required string Key { get; init; }

    /// <summary>Path on the step item giving the id to look for.</summary>
    public required string Matches { get; init; }
}
