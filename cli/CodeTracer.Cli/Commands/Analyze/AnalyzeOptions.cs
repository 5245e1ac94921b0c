namespace CodeTracer.Cli.Commands.Analyze;

/// <summary>What <c>analyze</c> was asked for.</summary>
public sealed record AnalyzeOptions(string Path)
{
    public bool Json { get; init; }

    /// <summary>An extractor id that skips detection.</summary>
    public string? Format { get; init; }

    /// <summary>Print the compact tree index.</summary>
    public bool Tree { get; init; }

    /// <summary>Cut the tree index to this many tokens (see TokenEstimate); null for no cut.</summary>
    public int? Budget { get; init; }

    /// <summary>A spec file to read the input with.</summary>
    public string? Spec { get; init; }

    /// <summary>An output profile name: tracebench, detailed or rl_feedback.</summary>
    public string? Profile { get; init; }

    /// <summary>Diagnose with the LLM configured in the environment (CodeTracer__Llm__*), falling back to the heuristics.</summary>
    public bool Llm { get; init; }
}
