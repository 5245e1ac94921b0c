using CodeTracer.Contracts.Trees;

namespace CodeTracer.Cli.Output;

/// <summary>Flattens a trace tree to step id → parent step id (roots have none).</summary>
public static class TreeParents
{
    public static Dictionary<int, int> Of(TraceTree tree)
    {
        var parents = new Dictionary<int, int>();
        var pending = new Stack<TraceNode>(tree.Roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var child in node.Children)
            {
                parents[child.StepId] = node.StepId;
                pending.Push(child);
            }
        }

        return parents;
    }
}
