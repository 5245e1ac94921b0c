using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// A long stretch of explorations with no state change: the agent kept looking without acting on what it saw.
/// The steps past the threshold in each such stretch are unuseful; the stretch is not an onset by itself.
/// </summary>
public sealed class Stagnation : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var threshold = input.Options.StagnationSteps;
        var stalled = new List<int>();
        var streak = new List<int>();
        foreach (var step in input.Steps.Append(null))
        {
            if (step is not null && input.Tree.Kinds.GetValueOrDefault(step.Id, step.Effect.Kind) == StepKind.Explore)
            {
                streak.Add(step.Id);
                continue;
            }

            if (streak.Count > threshold)
            {
                stalled.AddRange(streak.Skip(threshold));
            }

            streak.Clear();
        }

        return stalled.Count == 0
            ? null
            : new Finding("stagnation", stalled, $"{stalled.Count} exploration(s) beyond {threshold} in a row without a state change, first at step {stalled[0]}") { Unuseful = stalled };
    }
}
