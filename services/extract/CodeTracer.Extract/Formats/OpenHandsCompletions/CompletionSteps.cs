using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHandsCompletions;

/// <summary>
/// Steps of the last call's <c>messages[]</c>: each entry of an assistant message's <c>tool_calls[]</c> that a
/// <c>tool</c> message answers. The tool messages carry no error flag, so <see cref="Step.IsError"/> stays null.
/// </summary>
/// <remarks>
/// The last response's own calls (<c>response.choices[0].message.tool_calls</c>, usually <c>finish</c>) are not steps.
/// The corpus README's "choices" paragraph says they are, but STEPS.md and every expected listing leave them out;
/// the listings win.
/// </remarks>
internal static class CompletionSteps
{
    public static List<Step> Read(JsonElement messages, string file, string sha256)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var message in messages.EnumerateArray().Where(m => m.Str("role") == "tool"))
        {
            if (message.Str("tool_call_id") is { } callId)
            {
                answers.TryAdd(callId, message);
            }
        }

        var steps = new List<Step>();
        var index = -1;
        foreach (var message in messages.EnumerateArray())
        {
            index++;
            if (message.Str("role") != "assistant")
            {
                continue;
            }

            var group = steps.Count + 1;
            var calls = message.Prop("tool_calls").Items().ToList();
            for (var j = 0; j < calls.Count; j++)
            {
                if (calls[j].Str("id") is not { } anchor || !answers.TryGetValue(anchor, out var answer))
                {
                    continue;
                }

                var tool = calls[j].Path("function").Str("name") ?? "unknown";
                var arguments = JsonArguments.Raw(calls[j].Path("function").Prop("arguments"));
                steps.Add(new Step
                {
                    Id = steps.Count + 1,
                    Anchor = anchor,
                    Tool = tool,
                    Arguments = arguments,
                    Action = ToolActionText.Of(tool, JsonArguments.Parse(arguments)) is { Length: > 0 } text ? text : arguments ?? "",
                    Observation = ToolResultText.Of(answer.Prop("content")),
                    HasObservation = true,
                    Thought = message.Prop("content").Text(),
                    ParallelGroup = group,
                    Provenance = new Provenance(file, null, $"messages[{index}].tool_calls[{j}]", sha256),
                });
            }
        }

        return steps;
    }
}
