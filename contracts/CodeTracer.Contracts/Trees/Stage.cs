namespace CodeTracer.Contracts.Trees;

/// <summary>
/// A contiguous span of steps in one workflow phase, with the states it went through. Stages cover a run's steps
/// in order without gaps or overlaps.
/// </summary>
/// <param name="Id">1-based, in step order.</param>
/// <param name="Phase">What the steps of the span were for.</param>
/// <param name="FirstStep">Id of the first step of the span.</param>
/// <param name="LastStep">Id of the last step of the span (inclusive).</param>
/// <param name="Intent">One line on what the stage set out to do (the files, packages or commands it is about).</param>
/// <param name="Outcome">One line on how it ended (errors, files changed, the last check's result).</param>
/// <param name="States">The state segments of the span: a change opens a new state, explorations hang under it.</param>
/// <param name="Supplied">True when the input gave the stage (a CodeTraceBench <c>stages</c> span), false when inferred.</param>
public sealed record Stage(
    int Id,
    StagePhase Phase,
    int FirstStep,
    int LastStep,
    string Intent,
    string Outcome,
    IReadOnlyList<StateNode> States,
    bool Supplied = false)
{
    /// <summary>How many steps of the main sequence the stage spans.</summary>
    public int StepCount => LastStep - FirstStep + 1;
}
