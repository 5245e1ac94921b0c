using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;

namespace CodeTracer.Tree;

/// <summary>
/// Builds the trace tree of a run with the CodeTracer rule: a state-changing step is a child of the step before
/// it (it opens a new state), an exploration is that step's sibling (it looks around in the same state). The
/// first step hangs at the root, so each root-to-leaf path is a sequence of states.
/// </summary>
public static class TraceTreeBuilder
{
    public static TraceTree Build(Run run)
    {
        var kinds = new Dictionary<int, StepKind>();
        var roots = new List<Draft>();
        Draft? previous = null;
        foreach (var step in run.Steps)
        {
            var kind = StepClassifier.Classify(step);
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
