using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Formats.ClaudeCodeStreamJson;

/// <summary>Recognises stream-json from the head of a file, without parsing it (the head may end mid-line).</summary>
internal static partial class StreamJsonSniffer
{
    /// <summary>0 (not stream-json), 1 (events typed like stream-json) or 2 (typed and with stream-json's own keys).</summary>
    public static int Evidence(string head)
    {
        var first = head.TrimStart();
        var end = first.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = end < 0 ? first : first[..end];
        if (!TypedEvent().IsMatch(firstLine))
        {
            return 0;
        }

        // Session JSONL (~/.claude/projects) is typed the same way but links records by parentUuid.
        if (head.Contains("\"parentUuid\"", StringComparison.Ordinal))
        {
            return 0;
        }

        return head.Contains("\"parent_tool_use_id\"", StringComparison.Ordinal) || InitEvent().IsMatch(firstLine) ? 2 : 1;
    }

    [GeneratedRegex("""^\{\s*"type"\s*:\s*"(system|assistant|user|result)"\s*,""")]
    private static partial Regex TypedEvent();

    [GeneratedRegex(@"""subtype""\s*:\s*""init"".*""session_id""\s*:")]
    private static partial Regex InitEvent();
}
