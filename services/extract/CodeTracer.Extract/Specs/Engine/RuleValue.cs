using System.Text.Json;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>What a rule reached: a JSON value, or text (a regex capture, a line group).</summary>
internal readonly record struct RuleValue(JsonElement? Element, string? Text);
