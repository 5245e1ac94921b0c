namespace CodeTracer.Contracts.Trees;

/// <summary>One step in the trace tree, with the steps that hang under it.</summary>
public sealed record TraceNode(int StepId, StepKind Kind, IReadOnlyList<TraceNode> Children);
