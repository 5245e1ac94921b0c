using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Cli.Analysis;

/// <summary>One run with its trace tree and diagnosis.</summary>
public sealed record RunAnalysis(Run Run, TraceTree Tree, Diagnosis Diagnosis);
