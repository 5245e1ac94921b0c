using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree;

/// <summary>
/// Stages as the tree defines them until a stage splitter lands: the states the run went through, i.e. the
/// starting state plus one per change (each change opens a new state in the tree). An empty run has none.
/// </summary>
public static class TreeStages
{
    public static int Count(TraceTree tree) => tree.Kinds.Count == 0 ? 0 : tree.ChangeCount + 1;
}
