using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// Steps of a 2024 pair list (<c>history: [[action, observation], …]</c>): a pair is a step when its action is an
/// agent action and its observation a real one. User prompts, agent messages (the answer) and <c>finish</c> answered
/// by a <c>null</c> observation are not (corpus README), so every gorilla record has no step.
/// </summary>
internal static class OpenHandsPairSteps
{
    public static List<Step> Read(JsonElement history, Func<int, Provenance> where)
    {
        var steps = new List<Step>();
        var index = 0;
        foreach (var pair in history.EnumerateArray())
        {
            var at = index++;
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() < 2)
            {
                continue;
            }

            var action = new OpenHandsEvent(pair[0], where(at));
            var answer = new OpenHandsEvent(pair[1], where(at));
            if (!OpenHandsActionKinds.CanBeStep(action.Action) || action.Source is not (null or "agent") || !answer.IsRealObservation)
            {
                continue;
            }

            var id = steps.Count + 1;
            steps.Add(OpenHandsEventSteps.Build(id, at.ToString(CultureInfo.InvariantCulture), id, true, action, answer));
        }

        return steps;
    }

    /// <summary>A pair list's events in order (action, observation, action, …), for the task and final message.</summary>
    public static IEnumerable<OpenHandsEvent> Events(JsonElement history, Func<int, Provenance> where)
    {
        var index = 0;
        foreach (var pair in history.EnumerateArray())
        {
            var at = index++;
            foreach (var element in pair.ValueKind == JsonValueKind.Array ? pair.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                yield return new OpenHandsEvent(element, where(at));
            }
        }
    }
}
