using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Files;
using CodeTracer.Tree.Stages;
using CodeTracer.Tree.States;

namespace CodeTracer.Tree;

/// <summary>
/// Builds the trace tree of a run with the CodeTracer rule: a state-changing step is a child of the step before
/// it (it opens a new state), an exploration is that step's sibling (it looks around in the same state). The
/// first step hangs at the root, so each root-to-leaf path is a sequence of states. Alongside, it infers the
/// stages (or takes the ones the input supplies), cuts them into state segments and records file changes.
/// </summary>
public static class TraceTreeBuilder
{
    public static TraceTree Build(Run run) => Build(run, null);

    /// <summary>Builds the tree with the stages the input gives; null infers them from the steps.</summary>
    public static TraceTree Build(Run run, IReadOnlyList<SuppliedStage>? supplied)
    {
        var steps = ClassifiedStep.Of(run);
        var files = FileLedger.Of(steps);
        return Flat(steps) with { Stages = StagesOf(steps, files, supplied), FileChanges = files };
    }

    private static IReadOnlyList<Stage> StagesOf(IReadOnlyList<ClassifiedStep> steps, IReadOnlyList<FileChange> files, IReadOnlyList<SuppliedStage>? supplied)
    {
        var spans = supplied is { Count: > 0 }
            ? [.. supplied.OrderBy(s => s.FirstStep).Select(s => (s.Phase, s.FirstStep, s.LastStep))]
            : StageInference.Spans(steps);
        var states = StateSegmenter.Segment(steps, [.. spans.Select(s => (s.FirstStep, s.LastStep))]);
        var stages = new List<Stage>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (phase, first, last) = spans[i];
            var inSpan = steps.Where(s => s.Id >= first && s.Id <= last).ToList();
            var changes = files.Where(f => f.StepId >= first && f.StepId <= last).ToList();
            var given = supplied is { Count: > 0 } ? supplied.OrderBy(s => s.FirstStep).ElementAt(i) : null;
            stages.Add(new Stage(
                i + 1,
                phase,
                first,
                last,
                given?.Intent ?? StageSummaries.Intent(phase, inSpan, changes),
                given?.Outcome ?? StageSummaries.Outcome(phase, inSpan, changes),
                states[i],
                given is not null));
        }

        return stages;
    }

    private static TraceTree Flat(IReadOnlyList<ClassifiedStep> steps)
    {
        var kinds = new Dictionary<int, StepKind>();
        var roots = new List<Draft>();
        Draft? previous = null;
        foreach (var (step, effect) in steps)
        {
            var kind = effect.Kind;
            kinds[step.Id] = kind;
            var node = new Draft(step.Id, kind);
            var parent = previous is null ? null : kind == StepKind.Change ? previous : previous.Parent;
            node.Parent = parent;
            (parent?.Children ?? roots).Add(node);
            previous = node;
        }

        return new TraceTree([.. roots.Select(r => r.Freeze())], kinds);
    }

    /// <summary>A node while the tree grows; frozen into immutable <see cref="TraceNode"/>s at the end.</summary>
    private sealed class Draft(int stepId, StepKind kind)
    {
        public Draft? Parent { get; set; }

        public List<Draft> Children { get; } = [];

        // Depth can reach thousands of changes in a long run, so freeze without recursion.
        public TraceNode Freeze()
        {
            var frozen = new Dictionary<Draft, TraceNode>();
            var stack = new Stack<(Draft Node, bool Expanded)>();
            stack.Push((this, false));
            while (stack.Count > 0)
            {
                var (node, expanded) = stack.Pop();
                if (expanded)
                {
                    frozen[node] = new TraceNode(node.StepId, node.Kind, [.. node.Children.Select(c => frozen[c])]);
                    continue;
                }

                stack.Push((node, true));
                foreach (var child in node.Children)
                {
                    stack.Push((child, false));
                }
            }

            return frozen[this];
        }

        private int StepId { get; } = stepId;

        private StepKind Kind { get; } = kind;
    }
}
