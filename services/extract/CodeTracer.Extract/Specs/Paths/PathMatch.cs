using System.Text.Json;

namespace CodeTracer.Extract.Specs.Paths;

/// <summary>A value a path reached and where: <c>messages[3].tool_calls[0]</c>, the form provenance uses.</summary>
public readonly record struct PathMatch(JsonElement Value, string Location)
{
    public static string Child(string location, string name) => location.Length == 0 ? name : $"{location}.{name}";

    public static string Index(string location, int index) => $"{location}[{index}]";
}
