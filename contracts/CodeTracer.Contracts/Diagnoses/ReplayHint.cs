namespace CodeTracer.Contracts.Diagnoses;

/// <summary>Where to resume a run from, and what to tell the agent differently when it does.</summary>
/// <param name="ResumeFromStep">The last good step: replay the run up to it, then continue with the instruction.</param>
/// <param name="Instruction">The corrective instruction, e.g. "the failing test lives in calc.py; edit clamp() there".</param>
public sealed record ReplayHint(int ResumeFromStep, string Instruction);
