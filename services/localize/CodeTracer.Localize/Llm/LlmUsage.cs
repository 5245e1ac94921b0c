using CodeTracer.Tree.Index;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// The tokens one response cost, from the usage the server reported. A server that reports none is charged by
/// the four-characters-a-token estimate, so a budget still holds against it.
/// </summary>
public static class LlmUsage
{
    public static (long Input, long Output) Of(ChatMessageContent reply, ChatHistory sent)
    {
        if (reply.Metadata?.TryGetValue("Usage", out var usage) == true && usage is ChatTokenUsage reported)
        {
            return (reported.InputTokenCount, reported.OutputTokenCount);
        }

        return (TokenEstimate.Of(string.Concat(sent.Select(m => m.ToString()))), TokenEstimate.Of(reply.ToString()));
    }
}
