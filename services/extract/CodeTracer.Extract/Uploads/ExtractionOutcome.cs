using CodeTracer.Contracts.Messages;

namespace CodeTracer.Extract.Uploads;

/// <summary>The event a submitted run leads to: exactly one of the two is set.</summary>
public sealed record ExtractionOutcome(RunExtracted? Extracted, RunRejected? Rejected, int StepCount);
