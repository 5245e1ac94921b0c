using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Evaluation;

/// <summary>One labelled failed run (labels/*.jsonl): the onset, the error chain and how sure the annotator was.</summary>
public sealed record FailureLabel(
    string Path, int StepCount, StepRef? Onset, IReadOnlyList<int> Incorrect, IReadOnlyList<int> Unuseful, string ErrorType, string Confidence)
{
    /// <summary>Which label set the label came from (the file name without extension), for per-source and held-out views.</summary>
    public string Source { get; init; } = "";
}
