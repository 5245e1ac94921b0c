using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.GeminiCli;

/// <summary>Gemini CLI chat session <c>chats/session-*.json</c>. See README.md.</summary>
public sealed class GeminiCliExtractor : IFormatExtractor
{
    public const string FormatId = "gemini-cli-session";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file chats/session-<date>-<id>.json",
        "one JSON object {sessionId, projectHash, startTime, lastUpdated, messages[{id, timestamp, type: user|gemini|info|error, ...}]}",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory || !candidate.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return DetectionResult.No("a Gemini CLI session is a single .json file");
        }

        var head = candidate.Head();
        var shaped = head.TrimStart().StartsWith('{')
            && head.Contains("\"sessionId\"", StringComparison.Ordinal)
            && head.Contains("\"projectHash\"", StringComparison.Ordinal)
            && head.Contains("\"messages\"", StringComparison.Ordinal);
        if (!shaped)
        {
            // logs.json beside the chats is an array of prompts with sessionId: not a run.
            return DetectionResult.No();
        }

        return candidate.Name.StartsWith("session-", StringComparison.Ordinal)
            ? new DetectionResult(0.95, "session-*.json with sessionId, projectHash and messages[]")
            : new DetectionResult(0.85, "object with sessionId, projectHash and messages[]");
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        GeminiSessionReader.Read(candidate.Path, Id);
}
