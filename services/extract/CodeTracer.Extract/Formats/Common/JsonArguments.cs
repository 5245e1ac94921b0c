using System.Text.Encodings.Web;
using System.Text.Json;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>
/// Tool-call arguments as they are usually stored (a JSON string inside JSON), rendered compactly for display
/// while the raw text is kept as the step's arguments.
/// </summary>
public static class JsonArguments
{
    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        // Commands and code are shown to people; keep quotes, < and non-ASCII readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The raw arguments text: a JSON string's value, or an object's JSON as written.</summary>
    public static string? Raw(JsonElement? arguments) => arguments?.ValueKind switch
    {
        null => null,
        JsonValueKind.String => arguments.Value.GetString(),
        _ => arguments.Value.GetRawText(),
    };

    /// <summary>Parses raw arguments; null when they are not JSON (a model may emit broken arguments).</summary>
    public static JsonElement? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An object's compact JSON without the named properties (OpenHands keeps the model's thought among the arguments).</summary>
    public static string RenderWithout(JsonElement element, params string[] names)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Render(element);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            foreach (var property in element.EnumerateObject().Where(p => !names.Contains(p.Name)))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Render(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
