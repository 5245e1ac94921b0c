using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>
/// One step per <c>ActionEvent</c>, answered or not; its result is the ObservationEvent / AgentErrorEvent /
/// UserRejectObservation whose <c>action_id</c> is the action's id. Calls of one LLM response share <c>llm_response_id</c>.
/// </summary>
internal static class SdkSteps
{
    // The V1 shell tool; the shared ToolActionText knows the V0 names (execute_bash, bash…) but not this one.
    private const string TerminalTool = "terminal";

    public static List<Step> Read(IReadOnlyList<SdkEvent> events)
    {
        var results = new Dictionary<string, SdkEvent>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.IsResult && e.ActionId is not null))
        {
            results.TryAdd(e.ActionId!, e);
        }

        var steps = new List<Step>();
        string? lastResponse = null;
        var group = 0;
        foreach (var action in events.Where(e => e.IsAction))
        {
            var response = action.Element.Str("llm_response_id");
            group = response is null || response != lastResponse ? steps.Count + 1 : group;
            lastResponse = response;
            SdkEvent? result = action.Id is { } id && results.TryGetValue(id, out var found) ? found : null;
            steps.Add(Build(steps.Count + 1, group, action, result));
        }

        return steps;
    }

    private static Step Build(int id, int group, SdkEvent action, SdkEvent? result)
    {
        var e = action.Element;
        var tool = e.Str("tool_name") ?? e.Path("tool_call").Str("name") ?? "unknown";
        var arguments = JsonArguments.Raw(e.Path("tool_call").Prop("arguments"));
        var parsed = JsonArguments.Parse(arguments);
        var command = tool == TerminalTool ? parsed.Str("command") ?? e.Path("action").Str("command") : null;
        var observation = result?.Element.Prop("observation");
        var exitCode = (int?)(observation.Prop("exit_code").AsLong() ?? observation.Path("metadata", "exit_code").AsLong());
        return new Step
        {
            Id = id,
            Anchor = action.Id ?? $"events[{id}]",
            Tool = tool,
            Arguments = arguments,
            Action = command ?? (parsed is not null ? ToolActionText.Of(tool, parsed) : (e.Prop("action") is { } typed ? JsonArguments.Render(typed) : arguments ?? "")),
            Observation = result is { } r ? ResultText(r) : null,
            HasObservation = result is not null,
            IsError = result is { } answered ? IsError(answered, observation, exitCode) : null,
            ExitCode = exitCode is -1 ? null : exitCode,
            StartedAt = action.Timestamp,
            EndedAt = result?.Timestamp,
            Thought = e.Prop("thought").Text() is { Length: > 0 } thought ? thought : null,
            Reasoning = e.Str("reasoning_content"),
            ParallelGroup = group,
            Provenance = action.Where,
        };
    }

    /// <summary><c>observation.is_error</c>, else an exit code other than 0 and -1 (no code); errors and rejections are errors.</summary>
    private static bool IsError(SdkEvent result, JsonElement? observation, int? exitCode) => result.Kind switch
    {
        "AgentErrorEvent" or "UserRejectObservation" => true,
        _ => observation.Prop("is_error").AsBool() == true || exitCode is { } code && code != 0 && code != -1,
    };

    private static string ResultText(SdkEvent result) => result.Kind switch
    {
        "AgentErrorEvent" => result.Element.Str("error") ?? "",
        "UserRejectObservation" => result.Element.Str("rejection_reason") ?? "",
        _ => ToolResultText.Of(result.Element.Path("observation").Prop("content")),
    };
}
