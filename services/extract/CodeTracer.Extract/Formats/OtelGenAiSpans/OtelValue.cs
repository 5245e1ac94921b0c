using System.Globalization;
using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OtelGenAiSpans;

/// <summary>OTLP/JSON <c>AnyValue</c> and time fields (64-bit numbers are written as strings in OTLP/JSON).</summary>
internal static class OtelValue
{
    public static string? Text(JsonElement value) =>
        value.Str("stringValue") ?? (value.Prop("intValue") ?? value.Prop("doubleValue") ?? value.Prop("boolValue")) switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { } other => other.GetRawText(),
            null => value.Prop("arrayValue")?.GetRawText() ?? value.Prop("kvlistValue")?.GetRawText(),
        };

    public static long? Long(JsonElement value) => value.Prop("intValue").AsLong() ?? value.Prop("doubleValue").AsLong();

    public static DateTimeOffset? Nanos(JsonElement span, string name) => span.Prop(name) switch
    {
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var ns) && ns > 0 => FromNanos(ns),
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var ns) && ns > 0 => FromNanos(ns),
        _ => null,
    };

    public static Dictionary<string, JsonElement> Attributes(JsonElement owner)
    {
        var attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var attribute in owner.Items("attributes"))
        {
            if (attribute.Str("key") is { } key && attribute.Prop("value") is { } value)
            {
                // Cloned: the spans outlive the document they were read from.
                attributes[key] = value.Clone();
            }
        }

        return attributes;
    }

    // Status code 2 is ERROR; the JSON mapping may also spell the enum's name.
    public static bool IsError(JsonElement? status) => status?.Prop("code") switch
    {
        { ValueKind: JsonValueKind.Number } n => n.TryGetInt32(out var code) && code == 2,
        { ValueKind: JsonValueKind.String } s => s.GetString() is "STATUS_CODE_ERROR" or "ERROR" or "2",
        _ => false,
    };

    private static DateTimeOffset FromNanos(long ns) => DateTimeOffset.UnixEpoch.AddTicks(ns / 100);
}
