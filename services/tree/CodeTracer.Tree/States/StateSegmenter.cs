using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;
using CodeTracer.Tree.Stages;

namespace CodeTracer.Tree.States;

/// <summary>
/// Cuts a stage's steps into state segments. A turn (the calls of one assistant message) that changes anything
/// opens a new state; explorations hang under the state they inspected. A segment never crosses a stage
/// boundary: a state that outlives its stage continues in the next stage under the same index.
/// </summary>
public static class StateSegmenter
{
    public static IReadOnlyList<IReadOnlyList<StateNode>> Segment(IReadOnlyList<ClassifiedStep> steps, IReadOnlyList<(int First, int Last)> stages)
    {
        var turns = StageInference.Turns(steps).ToList();
        var result = stages.Select(_ => new List<StateNode>()).ToList();
        var state = 0;
        int? openedBy = null;
        var stageIndex = 0;
        List<StepNode>? segment = null;
        var segmentFirst = 0;
        foreach (var turn in turns)
        {
            var first = steps[turn[0]];
            var opens = turn.Any(i => steps[i].Effect.Kind == StepKind.Change);
            var stageOfTurn = StageOf(stages, first.Id, stageIndex);
            if (segment is not null && (opens || stageOfTurn != stageIndex))
            {
                Close();
            }

            stageIndex = stageOfTurn;
            if (opens)
            {
                state++;
                openedBy = turn.Select(i => steps[i]).First(s => s.Effect.Kind == StepKind.Change).Id;
            }

            if (segment is null)
            {
                segment = [];
                segmentFirst = first.Id;
            }

            segment.Add(NodeOf(turn.Select(i => steps[i]).ToList()));
        }

        if (segment is not null)
        {
            Close();
        }

        return result;

        void Close()
        {
            var last = LastId(segment![^1]);
            result[stageIndex].Add(new StateNode(state, openedBy, segmentFirst, last, segment));
            segment = null;
        }
    }

    private static int LastId(StepNode node) => node.Parallel.Count == 0 ? node.StepId : node.Parallel[^1].StepId;

    private static int StageOf(IReadOnlyList<(int First, int Last)> stages, int stepId, int from)
    {
        for (var i = from; i < stages.Count; i++)
        {
            if (stages[i].First <= stepId && stepId <= stages[i].Last)
            {
                return i;
            }
        }

        // Supplied stages may leave gaps: the step stays with the stage before it.
        return from;
    }

    private static StepNode NodeOf(List<ClassifiedStep> turn) =>
        new(turn[0].Id, turn[0].Effect.Kind, [.. turn.Skip(1).Select(s => new StepNode(s.Id, s.Effect.Kind, [], SubAgentOf(s.Step)))], SubAgentOf(turn[0].Step));

    private static IReadOnlyList<StepNode> SubAgentOf(Step step) =>
        [.. step.SubSteps.Select(s => new StepNode(s.Id, StepClassifier.Classify(s), [], SubAgentOf(s)))];
}
