using System.Text.Json;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>One record of the trajectory: a JSON value (json/jsonl) or a text line (lines), with where it is.</summary>
internal sealed record SpecRecord(JsonElement? Value, string? Text, long? Line, string Location, JsonElement? Root);
