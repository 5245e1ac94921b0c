namespace CodeTracer.Contracts.Runs;

/// <summary>Something an extractor could not read or found odd, with where it is.</summary>
public sealed record ExtractionDiagnostic(DiagnosticSeverity Severity, string File, long? Line, string Message);
