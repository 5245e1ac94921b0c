using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.WhoAndWhen;

/// <summary>Who&amp;When / AgenTracer failure-attribution logs: one multi-agent <c>history[]</c> per file. See README.md.</summary>
public sealed partial class WhoAndWhenExtractor : IFormatExtractor
{
    public const string FormatId = "who-and-when";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "a JSON object {history[{content, role, name?}], question, question_ID, ground_truth, mistake_agent, mistake_step, mistake_reason}",
        "often named <n>.json under algorithm-generated/ or hand-crafted/",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory || !candidate.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DetectionResult.No("a Who&When log is a single .json file");
        }

        var head = candidate.Head();
        if (!head.TrimStart().StartsWith('{') || !HistoryKey().IsMatch(head))
        {
            return DetectionResult.No();
        }

        var labelled = head.Contains("\"mistake_step\"", StringComparison.Ordinal) && head.Contains("\"mistake_agent\"", StringComparison.Ordinal);
        if (labelled)
        {
            return new DetectionResult(0.95, "history[] with mistake_step / mistake_agent labels");
        }

        // A long history[] can push the labels past the head (hand-crafted logs start with it): the file's tail has them.
        return WhoAndWhenTail.HasLabels(candidate.Path)
            ? new DetectionResult(0.9, "history[], mistake_step / mistake_agent labels at the end")
            : DetectionResult.No("history[] without Who&When labels");
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        WhoAndWhenReader.Read(candidate.Path, Id);

    [GeneratedRegex(@"""history""\s*:\s*\[")]
    private static partial Regex HistoryKey();
}
