using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>v2: one step per entry of an assistant message's <c>tool_calls[]</c>, answered by the <c>tool</c> message with its id.</summary>
internal static class MiniSweAgentToolCallSteps
{
    public static List<Step> Read(IReadOnlyList<MiniSweAgentMessage> messages, string file, string sha256)
    {
        var answers = new Dictionary<string, MiniSweAgentMessage>(StringComparer.Ordinal);
        foreach (var message in messages.Where(m => m.Role == "tool"))
        {
            if (message.Element.Str("tool_call_id") is { } callId)
            {
                answers.TryAdd(callId, message);
            }
        }

        var steps = new List<Step>();
        foreach (var message in messages.Where(m => m.Role == "assistant"))
        {
            var calls = message.Element.Prop("tool_calls").Items().ToList();
            var group = steps.Count + 1;
            for (var j = 0; j < calls.Count; j++)
            {
                var location = $"{message.Location}.tool_calls[{j}]";
                var anchor = calls[j].Str("id") ?? location;
                MiniSweAgentMessage? answer = answers.TryGetValue(anchor, out var found) ? found : null;
                steps.Add(Build(steps.Count + 1, group, anchor, calls[j], message, answer, j == 0,
                    new Provenance(file, null, location, sha256)));
            }
        }

        return steps;
    }

    private static Step Build(int id, int group, string anchor, JsonElement call, MiniSweAgentMessage message,
        MiniSweAgentMessage? answer, bool firstOfTurn, Provenance provenance)
    {
        var function = call.Prop("function");
        var tool = function?.Str("name") ?? call.Str("name") ?? "unknown";
        var arguments = JsonArguments.Raw(function?.Prop("arguments") ?? call.Prop("arguments"));
        var parsed = JsonArguments.Parse(arguments);
        var command = parsed?.Str("command");
        var observation = answer?.Content;
        var exitCode = (int?)answer?.Element.Path("extra", "returncode").AsLong() ?? ReturnCode.Parse(observation);
        var exception = answer?.Element.Path("extra", "exception_info").AsString();
        return new Step
        {
            Id = id,
            Anchor = anchor,
            Tool = tool,
            Arguments = arguments,
            Action = command ?? (parsed is { } args ? JsonArguments.Render(args) : arguments ?? ""),
            Observation = observation,
            HasObservation = answer is not null,
            ExitCode = exitCode,
            IsError = answer is null ? null : exitCode is { } code ? code != 0 : string.IsNullOrEmpty(exception) ? null : true,
            StartedAt = message.Timestamp,
            EndedAt = answer?.Timestamp,
            Thought = message.Content,
            Reasoning = message.Element.Str("reasoning_content"),
            ParallelGroup = group,
            // Usage belongs to the whole response; counting it on every call of a parallel turn would multiply it.
            Tokens = firstOfTurn ? MiniSweAgentUsage.Of(message) : null,
            Provenance = provenance,
        };
    }
}
