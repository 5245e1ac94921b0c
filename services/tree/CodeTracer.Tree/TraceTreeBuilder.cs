using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree;

/// <summary>Builds the trace tree of a run. (Filled in by the tree work.)</summary>
public static class TraceTreeBuilder
{
    public static TraceTree Build(Run run) => throw new NotImplementedException();
}
