namespace CodeTracer.Contracts.Trees;

/// <summary>
/// A step in the hierarchical view, with the calls issued in the same assistant turn and the steps of the sub-agent
/// it launched as its own subtrees.
/// </summary>
/// <param name="StepId">The step id; inside <see cref="SubAgent"/> it is the id within the sub-agent's own sequence.</param>
/// <param name="Kind">Whether the step explored or changed the environment.</param>
/// <param name="Parallel">The other calls of the same turn (this node is the turn's first call).</param>
/// <param name="SubAgent">The steps of the sub-agent run this step launched, in their own numbering.</param>
public sealed record StepNode(int StepId, StepKind Kind, IReadOnlyList<StepNode> Parallel, IReadOnlyList<StepNode> SubAgent);
