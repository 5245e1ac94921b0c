using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>An OpenHands app file store session folder: <c>events/&lt;n&gt;.json</c> + <c>metadata.json</c>. See README.md.</summary>
public sealed partial class OpenHandsFileStoreExtractor : IFormatExtractor
{
    public const string FormatId = "openhands-filestore-events";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "folder sessions/<sid>/ holding events/0.json, events/1.json, … (one V0 event per file)",
        "metadata.json {conversation_id, title, llm_model, created_at, accumulated_cost}",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (!candidate.IsDirectory)
        {
            return DetectionResult.No("not a folder");
        }

        var files = OpenHandsFileStore.EventFiles(candidate.Path);
        if (files.Count == 0)
        {
            return DetectionResult.No("no events/<n>.json");
        }

        var score = 0.35;
        var evidence = new List<string> { "events/<n>.json" };
        if (Event().IsMatch(candidate.Head(Path.GetRelativePath(candidate.Path, files[0].File))))
        {
            score += 0.35;
            evidence.Add("first event is {id: n, timestamp, source}");
        }

        if (candidate.Head("metadata.json").Contains("\"conversation_id\"", StringComparison.Ordinal))
        {
            score += 0.25;
            evidence.Add("metadata.json with conversation_id");
        }

        return new DetectionResult(score, string.Join("; ", evidence));
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        OpenHandsFileStore.Read(candidate, cancellationToken);

    [GeneratedRegex("^\\s*\\{\\s*\"id\"\\s*:\\s*\\d+\\s*,\\s*\"timestamp\"\\s*:[^,]*,\\s*\"source\"\\s*:")]
    private static partial Regex Event();
}
