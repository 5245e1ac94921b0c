namespace CodeTracer.Cli.Commands.Eval;

/// <summary>What <c>eval</c> was asked for; at least one of labels, manifest and Who&amp;When must be given.</summary>
public sealed record EvalOptions(string? Labels, string? Corpus, string? Manifest, string? WhoAndWhen, bool Json, string? Config, bool HeldOut);
