namespace CodeTracer.Testing.Services;

/// <summary>How many localize processes to run and any configuration beyond the topology's own.</summary>
public sealed record PipelineTopologyOptions
{
    public int LocalizeWorkers { get; init; } = 1;

    /// <summary>Environment variables every process gets after the topology's, e.g. <c>CodeTracer__Bus__PrefetchCount</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
