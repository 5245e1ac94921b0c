using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>Codex CLI rollout JSONL, envelope layout (<c>session_meta</c> / <c>response_item</c> / <c>event_msg</c>). See README.md.</summary>
public sealed partial class CodexEnvelopeExtractor : IFormatExtractor
{
    public const string FormatId = "codex-rollout-envelope-jsonl";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file ~/.codex/sessions/YYYY/MM/DD/rollout-<ts>-<uuid>.jsonl",
        "every line {timestamp, type: session_meta|turn_context|response_item|event_msg, payload}; the first is session_meta",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory)
        {
            return DetectionResult.No("a rollout is a single file");
        }

        var head = candidate.Head();
        var named = candidate.Name.StartsWith("rollout-", StringComparison.Ordinal);
        if (SessionMetaLine().IsMatch(head))
        {
            return new DetectionResult(named ? 0.97 : 0.95, "first line is a session_meta envelope {timestamp, type, payload}");
        }

        return EnvelopeLine().IsMatch(head)
            ? new DetectionResult(named ? 0.9 : 0.8, "lines are {timestamp, type: response_item|event_msg, payload} envelopes")
            : DetectionResult.No();
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
                continue;
            }

            var time = value.Time("timestamp");
            facts.EndedAt = time ?? facts.EndedAt;
            if (value.Prop("payload") is not { } payload)
            {
                continue;
            }

            switch (value.Str("type"))
            {
                case "session_meta":
                    facts.HasMeta = true;
                    facts.CliVersion ??= payload.Str("cli_version");
                    facts.Originator ??= payload.Str("originator");
                    facts.StartedAt ??= payload.Time("timestamp") ?? time;
                    break;
                case "turn_context":
                    facts.Model ??= payload.Str("model");
                    break;
                case "response_item":
                    transcript.AcceptItem(payload, line.Number, time);
                    break;
                case "event_msg":
                    transcript.AcceptEvent(payload);
                    break;
            }
        }

        return CodexRunBuilder.Build(file, Id, "envelope layout", transcript, facts);
    }

    [GeneratedRegex("""^\s*\{\s*"timestamp"\s*:\s*"[^"]*"\s*,\s*"type"\s*:\s*"session_meta"\s*,\s*"payload"\s*:""")]
    private static partial Regex SessionMetaLine();

    [GeneratedRegex("""^\{\s*"timestamp"\s*:\s*"[^"]*"\s*,\s*"type"\s*:\s*"(response_item|event_msg|turn_context)"\s*,\s*"payload"\s*:""", RegexOptions.Multiline)]
    private static partial Regex EnvelopeLine();
}
