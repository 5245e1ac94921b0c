using System.Text.Json;

namespace CodeTracer.Extract.Formats.OtelGenAiSpans;

/// <summary>One span of an OTLP/JSON export, with its attributes flattened to key → OTLP <c>AnyValue</c>.</summary>
internal sealed record OtelSpan(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyDictionary<string, JsonElement> Attributes,
    IReadOnlyDictionary<string, JsonElement> Resource,
    bool Failed,
    string? StatusMessage,
    long? Line,
    string Location)
{
    public string? Operation => Text("gen_ai.operation.name");

    public string? Text(string key) => Attributes.TryGetValue(key, out var value) ? OtelValue.Text(value) : null;

    public long? Long(string key) => Attributes.TryGetValue(key, out var value) ? OtelValue.Long(value) : null;

    public bool Has(string key) => Attributes.ContainsKey(key);
}
