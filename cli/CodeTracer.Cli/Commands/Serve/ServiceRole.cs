namespace CodeTracer.Cli.Commands.Serve;

/// <summary>The services <c>codetracer serve</c> can run in its one process.</summary>
public enum ServiceRole
{
    Ingest,
    Extract,
    Tree,
    Localize,
}
