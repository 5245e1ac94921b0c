using System.Text.Json;

namespace CodeTracer.Extract.Input;

/// <summary>One line of a JSON-lines file: its 1-based number and either the parsed value or why it did not parse.</summary>
public sealed record JsonLine(long Number, JsonElement? Value, string? Error);
