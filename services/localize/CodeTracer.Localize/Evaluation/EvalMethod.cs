using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Evaluation;

/// <summary>A way of predicting the onset and error chain of a run, scored side by side with the others.</summary>
public sealed record EvalMethod(string Name, Func<Run, TraceTree, Prediction> Predict);
