namespace CodeTracer.Cli.Commands.Analyze;

/// <summary>
/// What <c>analyze</c> was asked for; <see cref="Budget"/> is in tokens (see TokenEstimate), null for no cut; <see cref="Llm"/>
/// diagnoses with the LLM configured in the environment.
/// </summary>
public sealed record AnalyzeOptions(string Path, bool Json, string? Format, bool Tree = false, int? Budget = null, bool Llm = false);
