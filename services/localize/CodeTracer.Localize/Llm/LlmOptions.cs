namespace CodeTracer.Localize.Llm;

/// <summary>
/// Where the LLM diagnoser's model lives and what one diagnosis may spend. With no <see cref="Endpoint"/> the
/// LLM is off and every run gets the heuristic diagnosis. Bound from <c>CodeTracer:Llm</c> (environment:
/// <c>CodeTracer__Llm__Endpoint</c>, <c>CodeTracer__Llm__Model</c>, …).
/// </summary>
public sealed record LlmOptions
{
    public const string Section = "CodeTracer:Llm";

    /// <summary>An OpenAI-compatible base URL ending in <c>/v1</c> (OpenAI, Azure's v1 surface, vLLM, Ollama).</summary>
    public Uri? Endpoint { get; init; }

    public string Model { get; init; } = "gpt-4o-mini";

    /// <summary>Local servers often need none; the client still sends a placeholder.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Prompt tokens summed over every request of one diagnosis.</summary>
    public int MaxInputTokens { get; init; } = 60_000;

    /// <summary>Completion tokens summed over every request of one diagnosis; also each request's <c>max_tokens</c>.</summary>
    public int MaxOutputTokens { get; init; } = 4_000;

    /// <summary>Enforced only when both prices are set, since a cost cannot be known without them.</summary>
    public decimal? MaxCostUsd { get; init; } = 0.50m;

    public decimal? InputPricePer1K { get; init; }

    public decimal? OutputPricePer1K { get; init; }

    /// <summary>Wall time for the whole diagnosis, every request and tool call included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public int MaxToolCalls { get; init; } = 24;

    /// <summary>How many times an invalid final answer is sent back with its errors before giving up.</summary>
    public int MaxRepairs { get; init; } = 2;

    /// <summary>The compact tree index in the prompt is cut to this many tokens.</summary>
    public int IndexBudgetTokens { get; init; } = 2_000;

    /// <summary>get_step cuts action and observation to this many characters each.</summary>
    public int MaxStepChars { get; init; } = 2_000;

    /// <summary>How many memory entries of the run's agent the prompt shows.</summary>
    public int MemoryEntries { get; init; } = 8;

    public bool IsConfigured => Endpoint is not null;
}
