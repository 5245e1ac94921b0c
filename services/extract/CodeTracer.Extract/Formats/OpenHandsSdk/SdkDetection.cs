using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>Rates V1 inputs: a conversation folder, or a JSON-lines file of events, from names and heads.</summary>
internal static partial class SdkDetection
{
    public static DetectionResult Folder(RunCandidate candidate)
    {
        if (!candidate.IsDirectory)
        {
            return DetectionResult.No("not a folder");
        }

        var files = SdkConversationFolder.EventFiles(candidate.Path);
        if (files.Length == 0)
        {
            return DetectionResult.No("no events/event-*.json");
        }

        var score = 0.35;
        var evidence = new List<string> { "events/event-*.json" };
        if (EventKind().IsMatch(candidate.Head(Path.GetRelativePath(candidate.Path, files[0]))))
        {
            score += 0.3;
            evidence.Add("V1 event kinds");
        }

        var baseState = candidate.Head(SdkConversationFolder.BaseState);
        if (baseState.Contains("\"execution_status\"", StringComparison.Ordinal) || baseState.Contains("\"agent\"", StringComparison.Ordinal))
        {
            score += 0.3;
            evidence.Add("base_state.json");
        }

        return new DetectionResult(score, string.Join("; ", evidence));
    }

    public static DetectionResult Lines(RunCandidate candidate)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("a folder");
        }

        var head = candidate.Head().TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!head.StartsWith('{') || !EventKind().IsMatch(head))
        {
            return DetectionResult.No("no V1 event kinds");
        }

        var score = 0.5;
        var evidence = new List<string> { "V1 event kinds" };
        if (candidate.Name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            score += 0.2;
            evidence.Add("name ends in .jsonl");
        }

        if (UuidFirst().IsMatch(head))
        {
            score += 0.2;
            evidence.Add("first line is {id: uuid, timestamp, source}");
        }

        return new DetectionResult(score, string.Join("; ", evidence));
    }

    [GeneratedRegex("\"kind\"\\s*:\\s*\"(ActionEvent|ObservationEvent|MessageEvent|SystemPromptEvent|ConversationStateUpdateEvent|AgentErrorEvent|UserRejectObservation|PauseEvent|Condensation\\w*)\"")]
    private static partial Regex EventKind();

    [GeneratedRegex("^\\{\\s*\"id\"\\s*:\\s*\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"\\s*,\\s*\"timestamp\"")]
    private static partial Regex UuidFirst();
}
