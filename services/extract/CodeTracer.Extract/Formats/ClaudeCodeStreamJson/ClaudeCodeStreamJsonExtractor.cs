using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.ClaudeCodeStreamJson;

/// <summary>Claude Code <c>--output-format stream-json</c> read as a plain file (e.g. a Harbor <c>agent/claude-code.txt</c>).</summary>
public sealed class ClaudeCodeStreamJsonExtractor : IFormatExtractor
{
    public const string FormatId = "claude-code-stream-json";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "a file of JSON lines whose first event is {\"type\": \"system\"|\"assistant\"|\"user\"|\"result\", ...}",
        "stream-json keys: \"parent_tool_use_id\", or a system init event with \"session_id\"",
        "often named claude-code.txt",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("stream-json is a single file");
        }

        var named = string.Equals(candidate.Name, "claude-code.txt", StringComparison.OrdinalIgnoreCase);
        return StreamJsonSniffer.Evidence(candidate.Head()) switch
        {
            2 when named => new DetectionResult(0.95, "claude-code.txt holding stream-json events"),
            2 => new DetectionResult(0.9, "JSON lines typed system/assistant/user/result with stream-json keys"),
            1 => new DetectionResult(0.4, "JSON lines typed like stream-json, but without its own keys"),
            _ when named => new DetectionResult(0.3, "named claude-code.txt, but the content is not stream-json"),
            _ => DetectionResult.No(),
        };
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var file = candidate.Path;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, problem);
        }

        var transcript = StreamJsonFile.Read(file, cancellationToken);
        if (StreamJsonFile.NotStreamJson(file, transcript) is { } error)
        {
            return Extraction.Failed(file, error);
        }

        return Extraction.Of(transcript.ToRun(file, Id, [FileHash.Describe(file)], RunOutcome.Unknown, task: null, trialMetrics: null));
    }
}
