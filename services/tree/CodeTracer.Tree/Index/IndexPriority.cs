namespace CodeTracer.Tree.Index;

/// <summary>What a budget cut keeps longest: stages and the last state, then states with errors, then the rest.</summary>
internal enum IndexPriority
{
    Stage,
    LastState,
    ErrorState,
    State,
}
