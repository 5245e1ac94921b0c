using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>Token usage of one model response, from the LiteLLM response mini-SWE-agent keeps in <c>extra.response</c>.</summary>
internal static class MiniSweAgentUsage
{
    public static TokenUsage? Of(MiniSweAgentMessage message)
    {
        if (message.Element.Path("extra", "response", "usage") is not { } usage)
        {
            return null;
        }

        return new TokenUsage(
            usage.Prop("prompt_tokens").AsLong(),
            usage.Prop("completion_tokens").AsLong(),
            usage.Path("prompt_tokens_details", "cached_tokens").AsLong() ?? usage.Prop("prompt_cache_hit_tokens").AsLong());
    }
}
