namespace CodeTracer.Localize.Evaluation;

/// <summary>What a method predicts for one run: an onset step (or none) and the steps it calls incorrect.</summary>
public sealed record Prediction(int? Onset, IReadOnlyList<int> Incorrect);
