using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Stages;

/// <summary>A span of steps of one phase while stages are inferred (first and last are indexes into the run's steps).</summary>
internal sealed record StepSpan(StagePhase Phase, int First, int Last)
{
    public int Length => Last - First + 1;
}
