using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Evaluation;

/// <summary>A label paired with the real run it describes (read from the corpus, observations included) and its tree.</summary>
public sealed record LabelledRun(FailureLabel Label, Run Run, TraceTree Tree);
