using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>What a rule can read from while one step is being built: the item, its record, the joined observation…</summary>
internal sealed record SpecScope
{
    public JsonElement? Item { get; init; }

    public JsonElement? Record { get; init; }

    public JsonElement? Observation { get; init; }

    public JsonElement? Arguments { get; init; }

    public JsonElement? Root { get; init; }

    /// <summary>lines format: the step line's match, for <c>group</c> rules.</summary>
    public Match? LineMatch { get; init; }

    public JsonElement? Of(string? from, string fallback) => (from ?? fallback) switch
    {
        "record" or "records" => Record,
        "observation" => Observation,
        "arguments" => Arguments,
        "root" => Root,
        _ => Item,
    };
}
