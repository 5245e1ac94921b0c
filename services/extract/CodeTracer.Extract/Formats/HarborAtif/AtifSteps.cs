using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>
/// The steps of an ATIF trajectory: one per <c>tool_calls[]</c> entry across <c>steps[]</c>, in file order
/// (STEPS.md), answered by the <c>observation.results[]</c> entry whose <c>source_call_id</c> is the call's id.
/// </summary>
internal sealed class AtifSteps(string file, string fileSha256)
{
    private readonly List<Step> _steps = [];
    private readonly List<string> _pendingText = [];

    public IReadOnlyList<Step> Steps => _steps;

    public string? Task { get; private set; }

    public string? FinalMessage { get; private set; }

    /// <summary>Takes the next steps[] entry, in file order; keeps only strings, not the entry's JsonElement.</summary>
    public void Add(AtifStep entry)
    {
        var (step, index, line, callIdLines) = entry;
        var calls = step.Items("tool_calls").ToList();
        var message = step.Str("message");
        if (step.Str("source") == "user")
        {
            Task ??= message;
            return;
        }

        if (calls.Count == 0)
        {
            // Text-only agent turns are context for the next step (STEPS.md) and the last one is the final message.
            if (!string.IsNullOrWhiteSpace(message))
            {
                _pendingText.Add(message);
                FinalMessage = message;
            }

            return;
        }

        ReadCalls(step, index, calls, message, line, callIdLines);
        _pendingText.Clear();
    }

    private void ReadCalls(JsonElement step, int index, List<JsonElement> calls, string? message, long line, IReadOnlyList<long> callIdLines)
    {
        var group = _steps.Count + 1;
        var results = step.Path("observation")?.Items("results").ToList() ?? [];
        for (var j = 0; j < calls.Count; j++)
        {
            var call = calls[j];
            var anchor = call.Str("tool_call_id") ?? "";
            var tool = call.Str("function_name") ?? "";
            var arguments = call.Prop("arguments");
            var result = results.FirstOrDefault(r => r.Str("source_call_id") == anchor);
            var answered = result.ValueKind == JsonValueKind.Object;
            _steps.Add(new Step
            {
                Id = _steps.Count + 1,
                Anchor = anchor,
                Tool = tool,
                Arguments = arguments?.GetRawText(),
                Action = ToolActionText.Of(tool, arguments),
                Observation = answered ? ToolResultText.Of(result.Prop("content")) : null,
                HasObservation = answered,
                IsError = answered ? IsError(step, anchor, calls.Count) : null,
                StartedAt = step.Time("timestamp"),
                Thought = Thought(message, calls),
                Reasoning = step.Str("reasoning_content"),
                ParallelGroup = group,
                Tokens = j == 0 ? Usage(step.Prop("metrics")) : null,
                Provenance = new Provenance(file, j < callIdLines.Count ? callIdLines[j] : line, $"steps[{index}].tool_calls[{j}]", fileSha256),
            });
        }
    }

    /// <summary>ATIF has no error field; Harbor's Claude Code converter keeps the tool_result's is_error in the step's extra.</summary>
    private static bool IsError(JsonElement step, string anchor, int callCount)
    {
        var extra = step.Prop("extra");
        var raw = extra?.Path("tool_result_metadata", "raw_tool_result");
        if (raw?.Str("tool_use_id") == anchor && raw?.Bool("is_error") is { } rawFlag)
        {
            return rawFlag;
        }

        // A result without a flag is a success, as in Claude Code's own tool_result (the listings agree).
        return callCount == 1 && extra?.Bool("tool_result_is_error") is true;
    }

    private string? Thought(string? message, List<JsonElement> calls)
    {
        var parts = new List<string>(_pendingText);
        // Harbor writes "Executed <tool> <id>" as the message of a call step: its own words, not the agent's.
        var generated = calls.Count == 1 && message == $"Executed {calls[0].Str("function_name")} {calls[0].Str("tool_call_id")}";
        if (!string.IsNullOrWhiteSpace(message) && !generated)
        {
            parts.Add(message);
        }

        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }

    private static TokenUsage? Usage(JsonElement? metrics) => metrics is { ValueKind: JsonValueKind.Object } m
        ? new TokenUsage(m.Long("prompt_tokens"), m.Long("completion_tokens"), m.Long("cached_tokens"))
        : null;
}
