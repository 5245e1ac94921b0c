using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>What a signal may look at: the step facts, the run (metrics, final message, outcome), its tree and the thresholds.</summary>
public sealed record SignalInput(IReadOnlyList<StepFacts> Steps, Run Run, TraceTree Tree, LocalizerOptions Options);
