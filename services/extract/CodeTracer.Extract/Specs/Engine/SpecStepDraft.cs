using System.Text.Json;
using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>A step whose item was found and whose observation may still come; it keeps only what its rules can read.</summary>
internal sealed class SpecStepDraft
{
    public required int Id { get; init; }

    public required int Group { get; init; }

    public required JsonElement? Item { get; set; }

    public required JsonElement? Record { get; set; }

    public required JsonElement? Root { get; set; }

    public Match? LineMatch { get; init; }

    public required Provenance Provenance { get; init; }

    /// <summary>The id the join looks for (the item's <c>matches</c> value).</summary>
    public string? JoinKey { get; init; }

    public bool Answered { get; set; }

    public JsonElement? Observation { get; set; }

    /// <summary>lines format: the text lines that followed the step line.</summary>
    public List<string>? FollowingLines { get; set; }

    public Step? Built { get; set; }
}
