using System.Globalization;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// Steps of a V0 event stream (<c>history[]</c>, a replay array, a file store's events): an agent action that an
/// observation answers (<c>cause</c> = the action's <c>id</c>). Streams without ids (2024 resolver output) pair an
/// action with the observation right after it and anchor it <c>history:&lt;index&gt;</c> (corpus README).
/// </summary>
internal static class OpenHandsEventSteps
{
    public static List<Step> Read(IReadOnlyList<OpenHandsEvent> events)
    {
        var linked = events.Any(e => e.Id is not null);
        var answers = new Dictionary<long, OpenHandsEvent>();
        foreach (var e in events.Where(e => e.IsRealObservation && e.Cause is not null))
        {
            answers.TryAdd(e.Cause!.Value, e);
        }

        var steps = new List<Step>();
        string? lastResponse = null;
        var group = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var action = events[i];
            if (!OpenHandsActionKinds.CanBeStep(action.Action) || action.Source is not (null or "agent"))
            {
                continue;
            }

            OpenHandsEvent? answer = linked
                ? action.Id is { } id && answers.TryGetValue(id, out var found) ? found : null
                : i + 1 < events.Count && events[i + 1].IsRealObservation ? events[i + 1] : null;
            if (answer is null)
            {
                continue;
            }

            var newTurn = action.ResponseId is null || action.ResponseId != lastResponse;
            group = newTurn ? steps.Count + 1 : group;
            lastResponse = action.ResponseId;
            var anchor = linked ? action.Id?.ToString(CultureInfo.InvariantCulture) ?? $"history:{i}" : $"history:{i}";
            steps.Add(Build(steps.Count + 1, anchor, group, newTurn, action, answer.Value));
        }

        return steps;
    }

    public static Step Build(int id, string anchor, int group, bool firstOfTurn, OpenHandsEvent action, OpenHandsEvent answer)
    {
        var exitCode = answer.ExitCode;
        return new Step
        {
            Id = id,
            Anchor = anchor,
            Tool = action.Tool,
            Arguments = OpenHandsToolCall.Arguments(action),
            Action = OpenHandsActionKinds.ActionText(action),
            Observation = answer.Content,
            HasObservation = true,
            IsError = IsError(answer.Observation, exitCode),
            ExitCode = exitCode,
            StartedAt = action.Timestamp,
            EndedAt = answer.Timestamp,
            Thought = action.Args.Str("thought") is { Length: > 0 } thought && action.Action != "think" ? thought : null,
            ParallelGroup = group,
            Tokens = firstOfTurn ? OpenHandsToolCall.Usage(action) : null,
            Provenance = action.Where,
        };
    }

    /// <summary>An <c>error</c> observation, or a command that exited non-zero (-1 means "still running / no code", not a failure).</summary>
    public static bool IsError(string? observation, int? exitCode) =>
        observation == "error" || exitCode is { } code && code != 0 && code != -1;
}
