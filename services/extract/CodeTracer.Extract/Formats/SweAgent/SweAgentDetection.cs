using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>
/// Rates a file from its name and the first 64 KiB. Both SWE-agent extractors share this; each scales the score by
/// whether the head shows the layout it reads.
/// </summary>
internal static partial class SweAgentDetection
{
    public static DetectionResult Rate(RunCandidate candidate, SweAgentLayout reads)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("SWE-agent runs are single .traj files");
        }

        var head = candidate.Head().TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!head.StartsWith('{'))
        {
            return DetectionResult.No("not a JSON object");
        }

        var score = new DetectionScore();

        var hasTrajectory = TrajectoryKey().IsMatch(head);
        score.Add(candidate.Name.EndsWith(".traj", StringComparison.OrdinalIgnoreCase), 0.4, "name ends in .traj");
        score.Add(hasTrajectory, 0.25, "trajectory[]");
        score.Add(HistoryKey().IsMatch(head), 0.1, "history[]");
        score.Add(EnvironmentKey().IsMatch(head), 0.1, "environment");
        score.Add(ActionKey().IsMatch(head) && (ObservationKey().IsMatch(head) || head.Contains("\"message_type\"", StringComparison.Ordinal)),
            0.15, "action with observation or message_type");
        score.Add(head.Contains("\"swe_agent_version\"", StringComparison.Ordinal), 0.2, "info.swe_agent_version");

        var layout = hasTrajectory ? SweAgentLayout.Trajectory
            : head.Contains("\"history\"", StringComparison.Ordinal) ? SweAgentLayout.HistoryOnly
            : SweAgentLayout.Unknown;
        score.Note(layout switch
        {
            SweAgentLayout.Trajectory => "steps in trajectory[]",
            SweAgentLayout.HistoryOnly => "no trajectory[] in the head: actions in history[]",
            _ => "layout not visible in the head",
        });
        // A history-only head may just not have reached trajectory[] yet, so the trajectory reader stays in the running.
        var fit = layout == reads ? 1.0 : layout == SweAgentLayout.Unknown ? (reads == SweAgentLayout.Trajectory ? 0.9 : 0.8) : 0.4;
        return score.Result(fit);
    }

    [GeneratedRegex("\"trajectory\"\\s*:\\s*\\[")]
    private static partial Regex TrajectoryKey();

    [GeneratedRegex("\"history\"\\s*:\\s*\\[")]
    private static partial Regex HistoryKey();

    [GeneratedRegex("\"environment\"\\s*:\\s*\"")]
    private static partial Regex EnvironmentKey();

    [GeneratedRegex("\"action\"\\s*:\\s*\"")]
    private static partial Regex ActionKey();

    [GeneratedRegex("\"observation\"\\s*:")]
    private static partial Regex ObservationKey();
}
