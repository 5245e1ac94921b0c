namespace CodeTracer.Contracts.Runs;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
