using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Llm;

/// <summary>The model's final answer once it has passed <see cref="AnswerValidator"/>.</summary>
public sealed record LlmAnswer(
    int? Onset,
    IReadOnlyList<int> Incorrect,
    IReadOnlyList<int> Unuseful,
    ErrorCategory? Category,
    double Confidence,
    string Reason,
    ReplayHint? Replay);
