using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract;

/// <summary>All runs found under a path, the inputs that could not be read, and trajectory-like files nothing recognised.</summary>
public sealed record RunReadResult(IReadOnlyList<Run> Runs, IReadOnlyList<RunError> Errors, IReadOnlyList<RunError> Skipped);
