using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// One OpenHands (V0) event and where it was read. Events carry <c>args</c> / <c>extras</c>; the 2024 resolver
/// output writes the same fields flat on the event, so both are read through <see cref="Args"/> and <see cref="Extras"/>.
/// </summary>
internal readonly record struct OpenHandsEvent(JsonElement Element, Provenance Where)
{
    public long? Id => Element.Long("id");

    public long? Cause => Element.Long("cause");

    public string? Source => Element.Str("source");

    /// <summary>The action type (<c>run</c>, <c>edit</c>, <c>message</c>…), null for an observation.</summary>
    public string? Action => Element.Str("action");

    /// <summary>The observation type (<c>run</c>, <c>error</c>, <c>null</c>…), null for an action.</summary>
    public string? Observation => Element.Str("observation");

    public JsonElement Args => Element.Prop("args") ?? Element;

    public JsonElement Extras => Element.Prop("extras") ?? Element;

    public DateTimeOffset? Timestamp => Element.Time("timestamp");

    public JsonElement? ToolCallMetadata => Element.Prop("tool_call_metadata");

    /// <summary>The tool the model called (<c>tool_call_metadata.function_name</c>), else the action type.</summary>
    public string Tool => ToolCallMetadata.Str("function_name") ?? Action ?? "unknown";

    /// <summary>The LLM response that issued this action; calls of one response share it.</summary>
    public string? ResponseId => ToolCallMetadata.Path("model_response").Str("id");

    public string? Content => Element.Str("content") ?? Element.Str("message");

    /// <summary><c>extras.metadata.exit_code</c> (CmdOutputMetadata) or the older flat <c>exit_code</c>.</summary>
    public int? ExitCode => (int?)(Extras.Path("metadata", "exit_code").AsLong() ?? Extras.Long("exit_code"));

    /// <summary>An observation that answers something: a <c>null</c> observation ("No observation") answers nothing.</summary>
    public bool IsRealObservation => Observation is { } type && type != "null";
}
