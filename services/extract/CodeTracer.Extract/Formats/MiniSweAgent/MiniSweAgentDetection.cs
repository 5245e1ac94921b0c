using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>
/// Rates a candidate from its name and the first 64 KiB of its trajectory. Both mini-SWE-agent extractors share
/// this, and each scales the score by how well the style it reads fits what the head shows.
/// </summary>
internal static partial class MiniSweAgentDetection
{
    public static MiniSweAgentSighting Look(RunCandidate candidate)
    {
        if (MiniSweAgentFiles.TrajectoryOf(candidate) is not { } relative)
        {
            return MiniSweAgentSighting.None("no <folder>.traj.json in the folder");
        }

        var head = candidate.Head(relative).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var isList = head.StartsWith('[');
        if (!isList && !head.StartsWith('{'))
        {
            return MiniSweAgentSighting.None("not a JSON document");
        }

        var score = new DetectionScore();

        var name = candidate.IsDirectory ? relative : candidate.Name;
        score.Add(candidate.IsDirectory, 0.1, $"instance folder holding {relative}");
        score.Add(name.EndsWith(MiniSweAgentFiles.Ending, StringComparison.OrdinalIgnoreCase), 0.4, "name ends in .traj.json");
        var version = MiniVersion().Match(head);
        score.Add(version.Success, 0.35, "info.mini_version");
        score.Add(head.Contains("\"trajectory_format\": \"mini-swe-agent", StringComparison.Ordinal), 0.35, "trajectory_format mini-swe-agent");
        score.Add(head.Contains("minisweagent.", StringComparison.Ordinal), 0.15, "minisweagent classes in the config");
        score.Add(head.Contains("mswea_bash_command", StringComparison.Ordinal) || head.Contains("COMPLETE_TASK_AND_SUBMIT_FINAL_OUTPUT", StringComparison.Ordinal),
            0.2, "mini-SWE-agent command block or submit marker");
        score.Add(isList && RoleMessage().IsMatch(head), 0.1, "a list of {role, content} messages");
        score.Add(!isList && head.Contains("\"messages\"", StringComparison.Ordinal) && head.Contains("\"info\"", StringComparison.Ordinal), 0.1, "info and messages[]");

        var style = ToolCall().IsMatch(head) ? MiniSweAgentStyle.ToolCalls
            : head.Contains("mswea_bash_command", StringComparison.Ordinal) ? MiniSweAgentStyle.Text
            : version.Success ? (version.Groups[1].Value == "1" ? MiniSweAgentStyle.Text : MiniSweAgentStyle.ToolCalls)
            : isList ? MiniSweAgentStyle.Text
            : MiniSweAgentStyle.Unknown;
        score.Note(style switch
        {
            MiniSweAgentStyle.ToolCalls => "assistant tool_calls (v2 style)",
            MiniSweAgentStyle.Text => "text-style messages (v1)",
            _ => "style not visible in the head",
        });
        return new MiniSweAgentSighting(Math.Min(score.Value, 1.0), style, score.Evidence);
    }

    /// <summary>The sighting's confidence for an extractor that reads one style.</summary>
    public static DetectionResult Rate(RunCandidate candidate, MiniSweAgentStyle reads)
    {
        var sighting = Look(candidate);
        var fit = sighting.Style == reads ? 1.0 : sighting.Style == MiniSweAgentStyle.Unknown ? 0.9 : 0.4;
        // Unknown style leans to v2 (what mini-SWE-agent writes today) so the two never tie.
        if (sighting.Style == MiniSweAgentStyle.Unknown && reads == MiniSweAgentStyle.Text)
        {
            fit = 0.8;
        }

        return new DetectionResult(Math.Round(sighting.Confidence * fit, 3), sighting.Evidence);
    }

    [GeneratedRegex("\"mini_version\"\\s*:\\s*\"(\\d+)\\.")]
    private static partial Regex MiniVersion();

    [GeneratedRegex("\"tool_calls\"\\s*:\\s*\\[\\s*\\{")]
    private static partial Regex ToolCall();

    [GeneratedRegex("^\\[\\s*\\{\\s*\"(role|content)\"\\s*:")]
    private static partial Regex RoleMessage();
}
