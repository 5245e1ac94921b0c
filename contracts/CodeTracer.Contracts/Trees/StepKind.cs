namespace CodeTracer.Contracts.Trees;

/// <summary>Whether a step changed the environment's state or only looked at it.</summary>
public enum StepKind
{
    Explore,
    Change,
}
