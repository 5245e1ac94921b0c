using System.Text.Json.Serialization;

namespace CodeTracer.Extract.Specs.Model;

/// <summary>
/// A field's rules, tried in order until one yields a value. In JSON: a path string, one rule object, or an array
/// of either (<c>["$.a", {"from": "record", "path": "$.b"}]</c>).
/// </summary>
[JsonConverter(typeof(SpecValueConverter))]
public sealed record SpecValue(IReadOnlyList<SpecRule> Rules);
