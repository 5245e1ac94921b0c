namespace CodeTracer.Extract.Specs.Model;

/// <summary>
/// Where the run's outcome comes from: a value (<see cref="Resolved"/> rules with a <c>test</c>: true is resolved,
/// false failed), or a SWE-bench harness summary beside the file naming the instance (<see cref="SweBenchInstanceId"/>).
/// </summary>
public sealed record SpecOutcome
{
    public SpecValue? Resolved { get; init; }

    public SpecValue? SweBenchInstanceId { get; init; }
}
