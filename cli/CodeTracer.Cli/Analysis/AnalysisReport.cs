using CodeTracer.Extract.Detection;

namespace CodeTracer.Cli.Analysis;

/// <summary>Everything <c>analyze</c> found under one path.</summary>
public sealed record AnalysisReport(IReadOnlyList<RunAnalysis> Runs, IReadOnlyList<RunError> Errors, IReadOnlyList<RunError> Skipped);
