using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHandsCompletions;

/// <summary>An OpenHands eval <c>llm_completions/&lt;instance&gt;/</c> folder, one JSON file per LLM call. See README.md.</summary>
public sealed class OpenHandsLlmCompletionsExtractor : IFormatExtractor
{
    public const string FormatId = "openhands-llm-completions";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "folder llm_completions/<instance>/ of files <model>-<epoch seconds>.json",
        "each file {messages[], response, args, kwargs, timestamp, cost}; OpenAI-style tool_calls and role: tool messages",
        "outcome from ../../output.swebench_eval.md (## Resolved Instances / ## Unresolved Instances)",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (!candidate.IsDirectory)
        {
            return DetectionResult.No("not a folder");
        }

        var files = CompletionFiles.Of(candidate.Path);
        if (files.Count == 0)
        {
            return DetectionResult.No("no <model>-<timestamp>.json files");
        }

        var score = 0.0;
        var evidence = new List<string>();
        if (CompletionFiles.AllStamped(candidate.Path, files.Count))
        {
            score += 0.35;
            evidence.Add("every file is <model>-<timestamp>.json");
        }

        var parent = Path.GetFileName(Path.GetDirectoryName(candidate.Path.TrimEnd(Path.DirectorySeparatorChar)));
        if (parent == CompletionFiles.ParentFolder)
        {
            score += 0.3;
            evidence.Add("inside llm_completions/");
        }

        var head = candidate.Head(Path.GetRelativePath(candidate.Path, files[^1].File)).TrimStart();
        if (head.StartsWith("{\"messages\"", StringComparison.Ordinal) && head.Contains("\"role\"", StringComparison.Ordinal))
        {
            score += 0.3;
            evidence.Add("newest file starts with messages[{role, content}]");
        }

        return new DetectionResult(score, string.Join("; ", evidence));
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        CompletionRun.Read(candidate, cancellationToken);
}
