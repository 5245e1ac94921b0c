using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>
/// Files without <c>trajectory[]</c>: one step per assistant message of <c>history[]</c> that carries an action,
/// anchor <c>history:&lt;index&gt;</c>; the observation is the tool (or observation-typed user) message after it.
/// </summary>
internal static class SweAgentHistorySteps
{
    public static List<Step> Read(JsonElement history, string file, string sha256)
    {
        var messages = history.EnumerateArray().ToList();
        var steps = new List<Step>();
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].Str("role") != "assistant" || messages[i].Str("action") is not { } action || !SweAgentAction.IsAction(action))
            {
                continue;
            }

            JsonElement? answer = i + 1 < messages.Count && IsObservation(messages[i + 1]) ? messages[i + 1] : null;
            var id = steps.Count + 1;
            steps.Add(new Step
            {
                Id = id,
                Anchor = $"history:{i}",
                Tool = SweAgentAction.Tool(action),
                Arguments = JsonArguments.Raw(messages[i].Prop("tool_calls").Items().FirstOrDefault().Path("function", "arguments")),
                Action = action,
                Observation = answer?.Prop("content").Text(),
                HasObservation = answer is not null,
                IsError = null,
                Thought = messages[i].Str("thought") ?? messages[i].Prop("content").Text(),
                ParallelGroup = id,
                Provenance = new Provenance(file, null, $"history[{i}]", sha256),
            });
        }

        return steps;
    }

    private static bool IsObservation(JsonElement message) =>
        // 1.x marks observations (role tool, message_type observation); 0.x only puts the output in the next user message.
        message.Str("role") == "tool" || (message.Str("role") == "user" && message.Str("message_type") is null or "observation");
}
