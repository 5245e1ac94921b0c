namespace CodeTracer.Contracts.Diagnoses;

/// <summary>A step named both by id and by native anchor, so a numbering mismatch shows.</summary>
public sealed record StepRef(int Step, string Anchor);
