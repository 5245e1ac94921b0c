namespace CodeTracer.EndToEnd.Tests.Support;

/// <summary>
/// Every end-to-end test class joins this collection: a topology is five processes and a broker, and two at once
/// on a 2-core machine would only make each other time out.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PipelineCollection
{
    public const string Name = "pipeline";
}
