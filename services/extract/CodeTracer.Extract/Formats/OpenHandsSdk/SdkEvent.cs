using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>One OpenHands software-agent-sdk (V1) event <c>{id, timestamp, source, kind, …}</c> and where it was read.</summary>
internal readonly record struct SdkEvent(JsonElement Element, Provenance Where)
{
    public string? Id => Element.Str("id");

    public string? Kind => Element.Str("kind");

    public string? Source => Element.Str("source");

    public DateTimeOffset? Timestamp => Element.Time("timestamp");

    /// <summary>The ActionEvent a result answers.</summary>
    public string? ActionId => Element.Str("action_id");

    public bool IsAction => Kind == "ActionEvent";

    /// <summary>The kinds that answer an ActionEvent (corpus STEPS.md).</summary>
    public bool IsResult => Kind is "ObservationEvent" or "AgentErrorEvent" or "UserRejectObservation";

    /// <summary>The text of a MessageEvent's <c>llm_message.content</c>.</summary>
    public string? MessageText => Element.Path("llm_message").Prop("content").Text();
}
