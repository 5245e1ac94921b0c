using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>SWE-agent <c>.traj</c> demonstrations that hold only the chat <c>history[]</c>. See README.md.</summary>
public sealed class SweAgentHistoryOnlyExtractor : IFormatExtractor
{
    public const string FormatId = "swe-agent-history-only";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file *.traj",
        "object {history[{role, content, thought?, action?, message_type, tool_calls?}]} without trajectory[]",
    ];

    public DetectionResult Detect(RunCandidate candidate) => SweAgentDetection.Rate(candidate, SweAgentLayout.HistoryOnly);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        SweAgentReader.Read(candidate, cancellationToken);
}
