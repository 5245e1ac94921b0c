using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Profiles;

/// <summary>The long-form view: the root-cause chain, the critical decision points and the strategy that would have worked.</summary>
public sealed record DetailedView(
    StepRef? Onset,
    ErrorCategory? Category,
    int? SuspiciousStage,
    double Confidence,
    string Summary,
    IReadOnlyList<ChainLink> RootCauseChain,
    IReadOnlyList<DecisionPoint> CriticalDecisions,
    string CorrectStrategy,
    ReplayHint? Replay,
    IReadOnlyList<Evidence> Evidence);
