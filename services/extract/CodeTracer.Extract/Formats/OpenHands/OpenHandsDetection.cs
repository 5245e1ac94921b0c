using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// Rates a V0 output file (one record per line) or event array from its name and first 64 KiB; the events and
/// pairs extractors share this and scale the score by which history style the head shows.
/// </summary>
internal static partial class OpenHandsDetection
{
    public static DetectionResult Rate(RunCandidate candidate, OpenHandsHistoryStyle reads)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("a folder");
        }

        var head = candidate.Head().TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var (score, style, evidence) = head.StartsWith('[') ? RateArray(head) : head.StartsWith('{') ? RateRecords(candidate, head) : (0, OpenHandsHistoryStyle.Unknown, "not JSON");
        var fit = style == reads ? 1.0 : style == OpenHandsHistoryStyle.Unknown ? (reads == OpenHandsHistoryStyle.Events ? 0.9 : 0.8) : 0.4;
        return new DetectionResult(Math.Round(Math.Min(score, 1.0) * fit, 3), evidence);
    }

    private static (double, OpenHandsHistoryStyle, string) RateRecords(RunCandidate candidate, string head)
    {
        var score = new DetectionScore();

        var pairs = PairHistory().IsMatch(head);
        var events = !pairs && EventHistory().IsMatch(head);
        score.Add(candidate.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase), 0.15, "name ends in .jsonl");
        score.Add(pairs, 0.35, "history: [[action, observation], …]");
        score.Add(events, 0.35, "history: [{event}, …]");
        score.Add(EventAction().IsMatch(head), 0.25, "OpenHands action types");
        score.Add(head.Contains("\"observation\":", StringComparison.Ordinal) || head.Contains("\"observation\": ", StringComparison.Ordinal), 0.1, "observation events");
        score.Add(head.Contains("\"agent_class\"", StringComparison.Ordinal) || head.Contains("\"tool_call_metadata\"", StringComparison.Ordinal), 0.15, "agent_class / tool_call_metadata");
        score.Add(RecordKey().IsMatch(head), 0.1, "instance_id / question_id / issue record");
        var style = pairs ? OpenHandsHistoryStyle.Pairs : events ? OpenHandsHistoryStyle.Events : OpenHandsHistoryStyle.Unknown;
        return (score.Value, style, score.Evidence);
    }

    private static (double, OpenHandsHistoryStyle, string) RateArray(string head)
    {
        if (!ArrayOfEvents().IsMatch(head))
        {
            return (0, OpenHandsHistoryStyle.Unknown, "not an array of {id, timestamp, …} events");
        }

        var score = new DetectionScore(0.45, "array of {id: n, timestamp} events");
        score.Add(EventAction().IsMatch(head), 0.25, "OpenHands action types");
        score.Add(EventSource().IsMatch(head), 0.15, "source user/agent/environment");
        score.Add(head.Contains("\"tool_call_metadata\"", StringComparison.Ordinal) || head.Contains("\"cause\"", StringComparison.Ordinal), 0.15, "tool_call_metadata / cause");
        return (score.Value, OpenHandsHistoryStyle.Events, score.Evidence);
    }

    [GeneratedRegex("\"history\"\\s*:\\s*\\[\\s*\\[\\s*\\{")]
    private static partial Regex PairHistory();

    [GeneratedRegex("\"history\"\\s*:\\s*\\[\\s*\\{")]
    private static partial Regex EventHistory();

    [GeneratedRegex("\"action\"\\s*:\\s*\"(run|run_ipython|message|edit|read|write|browse|browse_interactive|think|finish|delegate|recall|system|change_agent_state|call_tool_mcp)\"")]
    private static partial Regex EventAction();

    [GeneratedRegex("\"source\"\\s*:\\s*\"(user|agent|environment)\"")]
    private static partial Regex EventSource();

    [GeneratedRegex("^\\[\\s*\\{\\s*\"id\"\\s*:\\s*\\d+\\s*,\\s*\"timestamp\"")]
    private static partial Regex ArrayOfEvents();

    [GeneratedRegex("^\\{\\s*\"(instance_id|id|question_id|question_ID|issue)\"\\s*:")]
    private static partial Regex RecordKey();
}
