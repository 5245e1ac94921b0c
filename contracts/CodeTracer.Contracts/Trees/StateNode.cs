namespace CodeTracer.Contracts.Trees;

/// <summary>
/// One state segment within a stage: the state the environment was in after a change, and the steps taken in it.
/// A state that outlives its stage continues in the next stage as a node with the same <see cref="Index"/>.
/// </summary>
/// <param name="Index">0 for the initial state, then one more for every change (or parallel turn with a change).</param>
/// <param name="OpenedBy">The step that changed the environment into this state; null for the initial state.</param>
/// <param name="FirstStep">Id of the first step of the segment.</param>
/// <param name="LastStep">Id of the last step of the segment (inclusive).</param>
/// <param name="Steps">The steps of the segment in order: the opening change first when it is in the segment, then the explorations.</param>
public sealed record StateNode(int Index, int? OpenedBy, int FirstStep, int LastStep, IReadOnlyList<StepNode> Steps);
