namespace CodeTracer.Contracts.Trees;

/// <summary>
/// The run as a tree: a state-changing step is a child of the step before it, an exploration its sibling,
/// so each path from the root is a sequence of states and the explorations made in each.
/// </summary>
public sealed record TraceTree(IReadOnlyList<TraceNode> Roots, IReadOnlyDictionary<int, StepKind> Kinds)
{
    public int ExploreCount => Kinds.Values.Count(k => k == StepKind.Explore);

    public int ChangeCount => Kinds.Values.Count(k => k == StepKind.Change);
}
