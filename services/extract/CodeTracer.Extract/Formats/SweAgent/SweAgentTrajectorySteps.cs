using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>One step per <c>trajectory[]</c> element with a non-empty action; anchor = its index.</summary>
internal static class SweAgentTrajectorySteps
{
    public static List<Step> Read(JsonElement trajectory, string file, string sha256)
    {
        var steps = new List<Step>();
        var index = 0;
        foreach (var element in trajectory.EnumerateArray())
        {
            if (element.Str("action") is { } action && SweAgentAction.IsAction(action))
            {
                var id = steps.Count + 1;
                var observation = element.Prop("observation");
                steps.Add(new Step
                {
                    Id = id,
                    Anchor = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Tool = SweAgentAction.Tool(action),
                    Action = action,
                    Observation = observation.Text(),
                    HasObservation = observation is not null,
                    // SWE-agent records no exit code or error flag for a trajectory step.
                    IsError = null,
                    Thought = element.Str("thought"),
                    ParallelGroup = id,
                    Provenance = new Provenance(file, null, $"trajectory[{index}]", sha256),
                });
            }

            index++;
        }

        return steps;
    }
}
