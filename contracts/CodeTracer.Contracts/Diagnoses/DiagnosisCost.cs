namespace CodeTracer.Contracts.Diagnoses;

/// <summary>What producing a diagnosis cost: model tokens (zero for heuristics), money when known, and time.</summary>
public sealed record DiagnosisCost(long InputTokens, long OutputTokens, decimal? Usd, TimeSpan Duration);
