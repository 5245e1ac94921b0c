using System.Globalization;
using System.Text.Json;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// A JSON object as configuration keys (<c>Agents:claude-code:RepeatCount</c>), so a settings file binds the same
/// way as an appsettings section without pulling the JSON configuration provider into the library.
/// </summary>
public static class JsonKeys
{
    public static IReadOnlyDictionary<string, string?> Flatten(string json)
    {
        using var document = JsonDocument.Parse(json);
        var keys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Walk(document.RootElement, "", keys);
        return keys;
    }

    private static void Walk(JsonElement element, string prefix, Dictionary<string, string?> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, prefix.Length == 0 ? property.Name : prefix + ":" + property.Name, keys);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, prefix + ":" + i.ToString(CultureInfo.InvariantCulture), keys);
                    i++;
                }

                break;
            default:
                keys[prefix] = element.ValueKind == JsonValueKind.Null ? null : element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
                break;
        }
    }
}
