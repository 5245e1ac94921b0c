namespace CodeTracer.Localize.Profiles;

/// <summary>One step's training signal: its label (onset, incorrect, unuseful, ok), a deviation in [-1, 0] and why.</summary>
public sealed record StepFeedback(int Step, string Label, double Deviation, string Note);
