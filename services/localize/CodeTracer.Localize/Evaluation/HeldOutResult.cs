namespace CodeTracer.Localize.Evaluation;

/// <summary>One fold of leave-one-source-out: the thresholds chosen without the source, and how they did on it.</summary>
public sealed record HeldOutResult(string Source, string Chosen, MethodSummary OnHeldOut, MethodSummary DefaultsOnHeldOut);
