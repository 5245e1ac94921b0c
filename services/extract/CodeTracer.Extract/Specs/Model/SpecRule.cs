using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CodeTracer.Extract.Specs.Paths;

namespace CodeTracer.Extract.Specs.Model;

/// <summary>
/// One way to read a value: a <see cref="Path"/> in a scope (<see cref="From"/>), a literal <see cref="Value"/>, or a
/// regex <see cref="Group"/> of a lines-format step; optionally narrowed by <see cref="Type"/> and <see cref="Regex"/>,
/// rendered per <see cref="As"/>, and for boolean fields judged by <see cref="Test"/>.
/// </summary>
public sealed record SpecRule
{
    public string? Path { get; init; }

    /// <summary><c>item</c>, <c>record</c>, <c>observation</c>, <c>arguments</c> (the arguments parsed as JSON), <c>root</c> or <c>records</c>.</summary>
    public string? From { get; init; }

    /// <summary>With <c>from: records</c>: the filter a record must pass.</summary>
    public string? Select { get; init; }

    public JsonElement? Value { get; init; }

    public string? Group { get; init; }

    /// <summary>Applied to the text; the value is the group named <c>value</c>, else group 1, else the whole match.</summary>
    public string? Regex { get; init; }

    /// <summary><c>text</c> (default: strings as is, lists of text parts joined, else compact JSON), <c>raw</c> (JSON as written) or <c>json</c> (compact JSON).</summary>
    public string? As { get; init; }

    /// <summary>Only a value of this JSON kind counts: <c>string</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, <c>array</c>.</summary>
    public string? Type { get; init; }

    /// <summary>For is_error and outcome: <c>non_empty</c> (true when non-empty, else no decision), <c>bool</c>, <c>equals</c>, <c>not_equals</c>.</summary>
    public string? Test { get; init; }

    [JsonPropertyName("equals")]
    public JsonElement? Expected { get; init; }

    [JsonIgnore]
    internal JsonPath? CompiledPath { get; set; }

    [JsonIgnore]
    internal FilterExpression? CompiledSelect { get; set; }

    [JsonIgnore]
    internal Regex? CompiledRegex { get; set; }
}
