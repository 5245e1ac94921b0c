namespace CodeTracer.Contracts.Diagnoses;

/// <summary>What kind of mistake started the failure (the CodeTraceBench error types).</summary>
public enum ErrorCategory
{
    EnvironmentSetup,
    DependencyResolution,
    MislocalizedEdit,
    IncorrectHypothesis,
    VerificationMisinterpretation,
    UnproductiveLooping,
    Other,
}
