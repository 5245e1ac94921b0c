using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.ClaudeCodeSession;

/// <summary>Claude Code <c>~/.claude/projects</c> session JSONL, with its sub-agent files. See README.md.</summary>
public sealed partial class ClaudeCodeSessionExtractor : IFormatExtractor
{
    public const string FormatId = "claude-code-session-jsonl";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file ~/.claude/projects/<project>/<session uuid>.jsonl, sub-agents in <session uuid>/subagents/agent-<id>.jsonl",
        "JSON lines {type: user|assistant|system|summary|file-history-snapshot|queue-operation|progress, uuid, parentUuid, sessionId, ...}",
        "may start with // comment lines (session-share fixtures)",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (candidate.IsDirectory)
        {
            // The <session>/ folder beside <session>.jsonl only holds that session's sub-agents.
            return File.Exists(candidate.Path.TrimEnd(Path.DirectorySeparatorChar) + ".jsonl") && Directory.Exists(candidate.Resolve("subagents"))
                ? new DetectionResult(0.9, "sub-agent folder of the session file beside it")
                : DetectionResult.No("a session is a single file");
        }

        var head = SessionLines.StripPreamble(candidate.Head());
        if (!SessionRecord().IsMatch(head) || !head.Contains("\"sessionId\"", StringComparison.Ordinal))
        {
            return DetectionResult.No();
        }

        return head.Contains("\"parentUuid\"", StringComparison.Ordinal)
            ? new DetectionResult(0.95, "JSON lines with type, uuid, parentUuid and sessionId")
            : new DetectionResult(0.7, "JSON lines with type and sessionId, no parentUuid in the head");
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var file = candidate.Path;
        if (candidate.IsDirectory)
        {
            // Read as part of the session file beside it (its steps nest there); not a run of its own.
            return new Extraction([], []);
        }

        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, problem);
        }

        var (transcript, facts) = SessionFile.Read(file, IsSubAgentFile(file), cancellationToken);
        if (facts.Records == 0)
        {
            var why = transcript.Diagnostics.FirstOrDefault() is { } first ? $" ({first.Message})" : "";
            return Extraction.Failed(file, $"{file} is not a Claude Code session: no line is a JSON record with a type{why}");
        }

        var run = transcript.ToRun(file, Id, [FileHash.Describe(file)], RunOutcome.Unknown, facts.Task, Metrics(facts));
        var (steps, sources, diagnostics) = SubAgentFiles.Nest(run.Steps, facts, file, cancellationToken);
        var damaged = run.Status == RunStatus.Partial || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return Extraction.Of(run with
        {
            Model = facts.Model,
            AgentVersion = facts.Version,
            Steps = steps,
            Status = damaged ? RunStatus.Partial : run.Status,
            Sources = [.. run.Sources, .. sources],
            Diagnostics = [.. run.Diagnostics, .. diagnostics],
        });
    }

    private static bool IsSubAgentFile(string file) =>
        string.Equals(Path.GetFileName(Path.GetDirectoryName(file)), "subagents", StringComparison.Ordinal);

    private static RunMetrics Metrics(SessionFacts facts) => new()
    {
        InputTokens = facts.Usage.Count == 0 ? null : facts.Usage.Values.Sum(u => u.Input ?? 0),
        OutputTokens = facts.Usage.Count == 0 ? null : facts.Usage.Values.Sum(u => u.Output ?? 0),
        CacheTokens = facts.Usage.Count == 0 ? null : facts.Usage.Values.Sum(u => u.Cache ?? 0),
        StartedAt = facts.StartedAt,
        EndedAt = facts.EndedAt,
    };

    [GeneratedRegex("""^\{\s*"(parentUuid|type|isSidechain|leafUuid|summary)"\s*:""")]
    private static partial Regex SessionRecord();
}
