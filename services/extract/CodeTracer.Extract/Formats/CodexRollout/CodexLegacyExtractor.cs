using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>Codex CLI rollout JSONL, legacy layout (2025-09): a meta line, then bare Responses-API items. See README.md.</summary>
public sealed partial class CodexLegacyExtractor : IFormatExtractor
{
    public const string FormatId = "codex-rollout-jsonl";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file rollout-<ts>-<uuid>.jsonl",
        "line 1 {id, timestamp, instructions, git?}; then Responses-API items {type: message|reasoning|function_call|function_call_output|...} and {record_type: \"state\"} markers",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("a rollout is a single file");
        }

        var head = candidate.Head();
        if (!MetaLine().IsMatch(head))
        {
            return DetectionResult.No();
        }

        var items = ItemLine().IsMatch(head);
        var named = candidate.Name.StartsWith("rollout-", StringComparison.Ordinal);
        return (items, named) switch
        {
            (true, true) => new DetectionResult(0.95, "rollout-*.jsonl: meta line {id, timestamp, ...} then Responses-API items"),
            (true, false) => new DetectionResult(0.9, "meta line {id, timestamp, ...} then Responses-API items"),
            (false, true) => new DetectionResult(0.6, "rollout-*.jsonl with a meta line, no item in the head"),
            _ => DetectionResult.No("a meta-like first line, but no Responses-API item"),
        };
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var file = candidate.Path;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, problem);
        }

        var transcript = new CodexTranscript(file, FileHash.Sha256(file));
        var facts = new CodexRunFacts();
        foreach (var line in JsonLines.Read(file, cancellationToken))
        {
            if (line.Value is not { } value)
            {
                transcript.Report(DiagnosticSeverity.Error, line.Number, $"line {line.Number} is not valid JSON (truncated or corrupt): {line.Error}");
            }
            else if (!facts.HasMeta && value.Str("type") is null && value.Str("id") is not null && value.Prop("timestamp") is not null)
            {
                facts.HasMeta = true;
                facts.StartedAt = value.Time("timestamp");
                facts.Instructions = value.Str("instructions");
            }
            else if (value.Prop("record_type") is null)
            {
                // The legacy layout has no per-item time; the meta line's is the run's start.
                transcript.AcceptItem(value, line.Number, null);
            }
        }

        return CodexRunBuilder.Build(file, Id, "legacy layout", transcript, facts);
    }

    [GeneratedRegex("""^\s*\{\s*"id"\s*:\s*"[^"]+"\s*,\s*"timestamp"\s*:\s*"[^"]+"\s*[,}]""")]
    private static partial Regex MetaLine();

    [GeneratedRegex("""^\{\s*"(type"\s*:\s*"(message|reasoning|function_call|function_call_output|local_shell_call)"|record_type"\s*:\s*"state")""", RegexOptions.Multiline)]
    private static partial Regex ItemLine();
}
