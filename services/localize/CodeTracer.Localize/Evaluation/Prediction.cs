namespace CodeTracer.Localize.Evaluation;

/// <summary>What a method predicts for one run: an onset step (or none), the steps it calls incorrect, and the model tokens it spent.</summary>
public sealed record Prediction(int? Onset, IReadOnlyList<int> Incorrect, long Tokens = 0);
