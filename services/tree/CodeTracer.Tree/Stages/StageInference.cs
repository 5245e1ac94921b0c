using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Stages;

/// <summary>
/// Infers stages from the steps. Each parallel turn gets one phase: its strongest signal, read against the run's
/// history (running code before the first patch reproduces, after it verifies); neutral turns join the phase
/// before them. Equal neighbours then form spans, and flickers are merged: a one-turn span between two spans of
/// the same phase joins them (unless it installs or patches), and a short read between patches and checks belongs to the stage it prepares.
/// </summary>
public static class StageInference
{
    /// <summary>Reads after the first patch this short are preparation for what follows, not a stage of their own.</summary>
    private const int ShortInspection = 2;

    public static IReadOnlyList<(StagePhase Phase, int FirstStep, int LastStep)> Spans(IReadOnlyList<ClassifiedStep> steps)
    {
        if (steps.Count == 0)
        {
            return [];
        }

        var phases = Phases(steps);
        var spans = new List<StepSpan>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (spans.Count > 0 && spans[^1].Phase == phases[i])
            {
                spans[^1] = spans[^1] with { Last = i };
            }
            else
            {
                spans.Add(new StepSpan(phases[i], i, i));
            }
        }

        MergeFlickers(spans, steps);
        AbsorbShortInspections(spans, steps);
        MergeFlickers(spans, steps);
        return [.. spans.Select(s => (s.Phase, steps[s.First].Id, steps[s.Last].Id))];
    }

    private static StagePhase[] Phases(IReadOnlyList<ClassifiedStep> steps)
    {
        var phases = new StagePhase?[steps.Count];
        var patched = false;
        foreach (var turn in Turns(steps))
        {
            var signal = turn.Max(i => PhaseRules.Of(steps[i]));
            StagePhase? phase = signal switch
            {
                StepSignal.Install => StagePhase.DependencyInstallation,
                StepSignal.Setup => StagePhase.EnvironmentSetup,
                StepSignal.Patch => StagePhase.Patching,
                StepSignal.Run or StepSignal.Scratch or StepSignal.Review => patched ? StagePhase.Verification : StagePhase.Inspection,
                StepSignal.Read => StagePhase.Inspection,
                _ => null,
            };
            patched |= signal == StepSignal.Patch;
            foreach (var i in turn)
            {
                phases[i] = phase;
            }
        }

        // Neutral turns join the phase before them; leading ones the first phase the run shows.
        var first = phases.FirstOrDefault(p => p is not null) ?? StagePhase.Other;
        var current = first;
        var result = new StagePhase[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            current = phases[i] ?? current;
            result[i] = current;
        }

        return result;
    }

    /// <summary>Indexes of the steps of each assistant turn (consecutive steps sharing a parallel group).</summary>
    internal static IEnumerable<List<int>> Turns(IReadOnlyList<ClassifiedStep> steps)
    {
        var turn = new List<int>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (turn.Count > 0 && steps[turn[0]].Step.ParallelGroup != steps[i].Step.ParallelGroup)
            {
                yield return turn;
                turn = [];
            }

            turn.Add(i);
        }

        if (turn.Count > 0)
        {
            yield return turn;
        }
    }

    private static void MergeFlickers(List<StepSpan> spans, IReadOnlyList<ClassifiedStep> steps)
    {
        for (var i = 1; i + 1 < spans.Count; i++)
        {
            if (IsOneTurn(spans[i], steps) && spans[i - 1].Phase == spans[i + 1].Phase && IsAbsorbable(spans[i].Phase))
            {
                spans[i - 1] = spans[i - 1] with { Last = spans[i + 1].Last };
                spans.RemoveRange(i, 2);
                i--;
            }
        }
    }

    private static void AbsorbShortInspections(List<StepSpan> spans, IReadOnlyList<ClassifiedStep> steps)
    {
        var firstPatch = spans.FindIndex(s => s.Phase == StagePhase.Patching);
        if (firstPatch < 0)
        {
            return;
        }

        for (var i = firstPatch + 1; i < spans.Count; i++)
        {
            if (spans[i].Phase != StagePhase.Inspection || spans[i].Length > ShortInspection)
            {
                continue;
            }

            if (i + 1 < spans.Count)
            {
                spans[i + 1] = spans[i + 1] with { First = spans[i].First };
            }
            else
            {
                spans[i - 1] = spans[i - 1] with { Last = spans[i].Last };
            }

            spans.RemoveAt(i);
            i--;
        }

        JoinEqualNeighbours(spans);
    }

    private static void JoinEqualNeighbours(List<StepSpan> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i - 1].Phase == spans[i].Phase)
            {
                spans[i - 1] = spans[i - 1] with { Last = spans[i].Last };
                spans.RemoveAt(i);
                i--;
            }
        }
    }

    /// <summary>An install or a patch is an event a reader looks for, however short; a lone read, run or probe is not.</summary>
    private static bool IsAbsorbable(StagePhase phase) => phase is not (StagePhase.Patching or StagePhase.DependencyInstallation);

    private static bool IsOneTurn(StepSpan span, IReadOnlyList<ClassifiedStep> steps) =>
        steps[span.First].Step.ParallelGroup == steps[span.Last].Step.ParallelGroup;
}
