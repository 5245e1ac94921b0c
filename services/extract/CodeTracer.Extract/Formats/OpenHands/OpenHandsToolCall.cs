using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// What <c>tool_call_metadata.model_response</c> (the LiteLLM response kept on each action) says about the call:
/// the raw arguments the model wrote and the response's token usage.
/// </summary>
internal static class OpenHandsToolCall
{
    /// <summary>The model's own arguments string for this call, else the event's <c>args</c> as written.</summary>
    public static string Arguments(OpenHandsEvent action)
    {
        var metadata = action.ToolCallMetadata;
        var callId = metadata.Str("tool_call_id");
        var call = metadata.Path("model_response").Prop("choices").Items()
            .SelectMany(c => c.Path("message").Prop("tool_calls").Items())
            .FirstOrDefault(c => callId is not null && c.Str("id") == callId);
        return call.ValueKind == JsonValueKind.Object && JsonArguments.Raw(call.Path("function").Prop("arguments")) is { } raw
            ? raw
            : action.Args.GetRawText();
    }

    public static TokenUsage? Usage(OpenHandsEvent action) =>
        action.ToolCallMetadata.Path("model_response", "usage") is { } usage
            ? new TokenUsage(usage.Prop("prompt_tokens").AsLong(), usage.Prop("completion_tokens").AsLong(),
                usage.Path("prompt_tokens_details", "cached_tokens").AsLong())
            : null;
}
