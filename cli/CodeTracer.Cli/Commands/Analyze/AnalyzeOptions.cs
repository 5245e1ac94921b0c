namespace CodeTracer.Cli.Commands.Analyze;

public sealed record AnalyzeOptions(string Path, bool Json, string? Format, string? Spec = null);
