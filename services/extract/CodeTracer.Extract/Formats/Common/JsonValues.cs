using System.Globalization;
using System.Text.Json;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>Lenient accessors for third-party JSON: a missing, null or differently typed value is null, never an exception.</summary>
public static class JsonValues
{
    public static JsonElement? Prop(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static JsonElement? Path(this JsonElement element, params string[] names)
    {
        JsonElement? current = element;
        foreach (var name in names)
        {
            current = current?.Prop(name);
        }

        return current;
    }

    public static string? Str(this JsonElement element, string name) =>
        element.Prop(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static JsonElement? Prop(this JsonElement? element, string name) => element?.Prop(name);

    public static JsonElement? Path(this JsonElement? element, params string[] names) => element?.Path(names);

    public static string? Str(this JsonElement? element, string name) => element?.Str(name);

    public static string? AsString(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static long? AsLong(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var l) => l,
        { ValueKind: JsonValueKind.Number } n when n.TryGetDouble(out var d) => (long)d,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    public static double? AsDouble(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Number } n && n.TryGetDouble(out var d) ? d : null;

    public static decimal? AsDecimal(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Number } n && n.TryGetDecimal(out var d) ? d : null;

    public static bool? AsBool(this JsonElement? element) => element?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static IEnumerable<JsonElement> Items(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static long? Long(this JsonElement element, string name) => element.Prop(name).AsLong();

    public static decimal? Decimal(this JsonElement element, string name) => element.Prop(name).AsDecimal();

    public static double? Double(this JsonElement element, string name) => element.Prop(name).AsDouble();

    public static bool? Bool(this JsonElement element, string name) => element.Prop(name).AsBool();

    public static DateTimeOffset? Time(this JsonElement element, string name) =>
        element.Str(name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) => element.Prop(name).Items();

    /// <summary>
    /// Message content as text: a string as is, an OpenAI-style list of parts as its text parts joined by blank lines.
    /// </summary>
    public static string? Text(this JsonElement? content) => content?.ValueKind switch
    {
        JsonValueKind.String => content.Value.GetString(),
        JsonValueKind.Array => string.Join("\n\n", content.Value.EnumerateArray()
            .Select(part => part.ValueKind == JsonValueKind.String ? part.GetString() : part.Str("text"))
            .Where(t => t is not null)),
        null => null,
        _ => content.Value.GetRawText(),
    };

    /// <summary>A Unix epoch timestamp in seconds (fractional allowed), as some Python agents write time.time().</summary>
    public static DateTimeOffset? AsEpochSeconds(this JsonElement? element) =>
        element.AsDouble() is { } seconds && seconds > 0 && seconds < 1e11
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000))
            : null;
}
