using System.Text.Json;
using System.Text.RegularExpressions;

namespace CodeTracer.Tree.Classification;

/// <summary>
/// Recovers the leading string fields of a JSON object that was cut off (listings keep 200 characters), so a
/// classifier can still read <c>command</c> and <c>path</c>.
/// </summary>
internal static partial class PartialJson
{
    public static JsonDocument? Recover(string text)
    {
        var fields = Field().Matches(text)
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => Unescape(g.First().Groups[2].Value));
        return fields.Count == 0 ? null : JsonDocument.Parse(JsonSerializer.Serialize(fields));
    }

    private static string Unescape(string value)
    {
        try
        {
            return JsonSerializer.Deserialize<string>("\"" + value + "\"") ?? value;
        }
        catch (JsonException)
        {
            return value;
        }
    }

    [GeneratedRegex("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Field();
}
