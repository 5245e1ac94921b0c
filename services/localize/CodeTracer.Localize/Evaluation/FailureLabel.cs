using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Evaluation;

/// <summary>One labelled failed run (labels/*.jsonl): the onset, the error chain and how sure the annotator was.</summary>
public sealed record FailureLabel(
    string Path, int StepCount, StepRef? Onset, IReadOnlyList<int> Incorrect, IReadOnlyList<int> Unuseful, string ErrorType, string Confidence);
