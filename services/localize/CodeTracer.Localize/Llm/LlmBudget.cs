using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// What one diagnosis has spent, from the usage each response reports, checked after every response so the
/// conversation stops at the first request that goes over. Time is enforced by the caller's cancellation token.
/// </summary>
public sealed class LlmBudget(LlmOptions options)
{
    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    public int ToolCalls { get; private set; }

    /// <summary>Null while either price is unknown.</summary>
    public decimal? Usd => options is { InputPricePer1K: { } input, OutputPricePer1K: { } output }
        ? Math.Round((InputTokens * input + OutputTokens * output) / 1000m, 6)
        : null;

    /// <summary>Before sending: a prompt that by estimate cannot fit is not sent at all.</summary>
    public void CheckPrompt(int estimatedTokens)
    {
        if (InputTokens + estimatedTokens > options.MaxInputTokens)
        {
            throw new LlmBudgetExceededException(
                $"input token budget: the next request needs about {estimatedTokens} tokens, {InputTokens} of {options.MaxInputTokens} already spent");
        }
    }

    public void AddUsage(long input, long output)
    {
        InputTokens += input;
        OutputTokens += output;
        if (InputTokens > options.MaxInputTokens)
        {
            throw new LlmBudgetExceededException($"input token budget: {InputTokens} tokens used, the limit is {options.MaxInputTokens}");
        }

        if (OutputTokens > options.MaxOutputTokens)
        {
            throw new LlmBudgetExceededException($"output token budget: {OutputTokens} tokens used, the limit is {options.MaxOutputTokens}");
        }

        if (Usd is { } usd && options.MaxCostUsd is { } max && usd > max)
        {
            throw new LlmBudgetExceededException($"cost budget: ${usd} spent, the limit is ${max}");
        }
    }

    public void AddToolCalls(int count)
    {
        ToolCalls += count;
        if (ToolCalls > options.MaxToolCalls)
        {
            throw new LlmBudgetExceededException($"tool call budget: {ToolCalls} calls asked for, the limit is {options.MaxToolCalls}");
        }
    }

    public DiagnosisCost Cost(TimeSpan duration) => new(InputTokens, OutputTokens, Usd, duration);
}
