using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>mini-SWE-agent 1.x / text-style <c>.traj.json</c>, commands in fenced blocks. See README.md.</summary>
public sealed class MiniSweAgentTextExtractor : IFormatExtractor
{
    public const string FormatId = "mini-swe-agent-v1-text";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file *.traj.json, or an instance folder <id>/ holding <id>.traj.json",
        "a bare list of {role, content} messages, or {info, messages[]} whose assistant messages have no tool_calls",
        "assistant content with a ```mswea_bash_command (or ```bash / ```sh) block; <returncode>N</returncode> in the next user message",
    ];

    public DetectionResult Detect(RunCandidate candidate) => MiniSweAgentDetection.Rate(candidate, MiniSweAgentStyle.Text);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        MiniSweAgentReader.Read(candidate, cancellationToken);
}
