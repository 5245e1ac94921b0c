namespace CodeTracer.Testing.Services;

/// <summary>The hosts of the pipeline, as project folders relative to the repository root.</summary>
public static class PipelineServices
{
    public const string Ingest = "services/ingest/CodeTracer.Ingest.Api";
    public const string Extract = "services/extract/CodeTracer.Extract.Worker";
    public const string Tree = "services/tree/CodeTracer.Tree.Worker";
    public const string Localize = "services/localize/CodeTracer.Localize.Worker";
}
