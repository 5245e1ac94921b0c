using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>The run a spec read from one file (or why it could not), plus where the spec's rules came up empty.</summary>
internal sealed record SpecFileResult(Run? Run, string? Error, IReadOnlyList<string> Issues);
