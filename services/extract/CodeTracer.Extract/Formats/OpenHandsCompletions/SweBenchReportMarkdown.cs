using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Formats.OpenHandsCompletions;

/// <summary>
/// OpenHands' SWE-bench report <c>output.swebench_eval.md</c>: sections <c>## Resolved Instances</c>,
/// <c>## Unresolved Instances</c>, <c>## Error Instances</c>, … each a list of <c>- [instance](log)</c> lines.
/// </summary>
internal static class SweBenchReportMarkdown
{
    public const string FileName = "output.swebench_eval.md";

    public static RunOutcome? Find(string instanceId, string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        string? section = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                continue;
            }

            if (section is null || !line.StartsWith("- ", StringComparison.Ordinal) || Id(line) != instanceId)
            {
                continue;
            }

            return section.StartsWith("Resolved", StringComparison.OrdinalIgnoreCase)
                ? new RunOutcome(OutcomeStatus.Resolved, file, $"listed under {section}")
                : section.Contains("Instances", StringComparison.OrdinalIgnoreCase) && !section.StartsWith("Submitted", StringComparison.OrdinalIgnoreCase)
                    ? new RunOutcome(OutcomeStatus.Failed, file, $"listed under {section}")
                    : null;
        }

        return null;
    }

    // "- [astropy__astropy-14096](output.swebench_eval.logs/...)" or "- astropy__astropy-14096"
    private static string Id(string line)
    {
        var text = line[2..].Trim();
        return text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var end and > 0 ? text[1..end] : text;
    }
}
