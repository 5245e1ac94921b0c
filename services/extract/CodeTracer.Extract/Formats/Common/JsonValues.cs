using System.Globalization;
using System.Text.Json;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>Tolerant reads of optional JSON members: a missing or mistyped member is null, never an exception.</summary>
internal static class JsonValues
{
    public static JsonElement? Get(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static JsonElement? Path(this JsonElement e, params string[] names)
    {
        JsonElement? current = e;
        foreach (var name in names)
        {
            current = current?.Get(name);
        }

        return current;
    }

    public static string? Str(this JsonElement e, string name) =>
        e.Get(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    public static long? Long(this JsonElement e, string name) =>
        e.Get(name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) ? n : null;

    public static decimal? Decimal(this JsonElement e, string name) =>
        e.Get(name) is { ValueKind: JsonValueKind.Number } v && v.TryGetDecimal(out var n) ? n : null;

    public static double? Double(this JsonElement e, string name) =>
        e.Get(name) is { ValueKind: JsonValueKind.Number } v && v.TryGetDouble(out var n) ? n : null;

    public static bool? Bool(this JsonElement e, string name) => e.Get(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    public static DateTimeOffset? Time(this JsonElement e, string name) =>
        e.Str(name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) =>
        e.Get(name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];
}
