using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>mini-SWE-agent 2.x <c>.traj.json</c>, commands issued as tool calls. See README.md.</summary>
public sealed class MiniSweAgentToolCallsExtractor : IFormatExtractor
{
    public const string FormatId = "mini-swe-agent-v2-toolcalls";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file *.traj.json, or an instance folder <id>/ holding <id>.traj.json",
        "object {info{mini_version, config, model_stats, exit_status}, messages[], trajectory_format: mini-swe-agent-*}",
        "assistant messages with tool_calls[]; role: tool messages with tool_call_id",
    ];

    public DetectionResult Detect(RunCandidate candidate) => MiniSweAgentDetection.Rate(candidate, MiniSweAgentStyle.ToolCalls);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        MiniSweAgentReader.Read(candidate, cancellationToken);
}
