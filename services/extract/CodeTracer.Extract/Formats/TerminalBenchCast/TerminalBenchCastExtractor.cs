using System.Text.Json;
using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.ClaudeCodeStreamJson;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.TerminalBenchCast;

/// <summary>
/// A terminal-bench 1.x trial folder whose agent was Claude Code: the stream-json events are recovered from the
/// terminal recording <c>sessions/agent.cast</c> and read with the same rules as a stream-json file.
/// </summary>
public sealed partial class TerminalBenchCastExtractor : IFormatExtractor
{
    public const string FormatId = "tb1-claude-code-cast";
    private const string CastPath = "sessions/agent.cast";
    private const string ResultsPath = "results.json";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "a folder with results.json (\"trial_name\", \"is_resolved\", \"instruction\") and sessions/agent.cast",
        "sessions/agent.cast starts with an asciinema v2 header {\"version\": 2, ...}",
        "the recording's output holds `claude --output-format stream-json` and its {\"type\": ...} lines",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (!candidate.IsDirectory || !candidate.Exists(CastPath))
        {
            return DetectionResult.No("not a trial folder with sessions/agent.cast");
        }

        var results = candidate.Head(ResultsPath);
        var trial = results.Contains("\"trial_name\"", StringComparison.Ordinal) && results.Contains("\"is_resolved\"", StringComparison.Ordinal);
        var cast = candidate.Head(CastPath);
        var recording = AsciinemaHeader().IsMatch(cast);
        var claude = cast.Contains("stream-json", StringComparison.Ordinal) || cast.Contains("claude", StringComparison.OrdinalIgnoreCase);
        return (trial, recording) switch
        {
            (true, true) when claude => new DetectionResult(0.95, "terminal-bench trial results.json + asciinema agent.cast running claude"),
            (true, true) => new DetectionResult(0.85, "terminal-bench trial results.json + asciinema agent.cast"),
            // The layout is right but the recording is not (empty, Git LFS pointer): claim it so the reason is reported.
            (true, false) => new DetectionResult(0.8, "terminal-bench trial layout; sessions/agent.cast is not a readable recording"),
            (false, true) => new DetectionResult(0.6, "asciinema sessions/agent.cast without a terminal-bench results.json"),
            _ => DetectionResult.No("sessions/agent.cast is not an asciinema recording and results.json is not a trial's"),
        };
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var castFile = candidate.Resolve(CastPath);
        if (ArtifactProbe.Problem(castFile) is { } problem)
        {
            return Extraction.Failed(castFile, $"{CastPath}: {problem}");
        }

        var output = CastOutput.Read(castFile, cancellationToken, out var error);
        if (output is null)
        {
            return Extraction.Failed(castFile, error!);
        }

        var transcript = new StreamJsonTranscript(castFile, FileHash.Sha256(castFile));
        foreach (var found in EmbeddedJsonScanner.Scan(output.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Feed(transcript, output, found);
        }

        if (transcript.EventCount == 0 && !output.Text.Contains("stream-json", StringComparison.Ordinal))
        {
            return Extraction.Failed(castFile, $"{castFile} holds no Claude Code stream-json output: the agent of this trial is not Claude Code");
        }

        foreach (var diagnostic in output.Diagnostics)
        {
            transcript.Report(diagnostic.Severity, diagnostic.Line, diagnostic.Message);
        }

        var resultsFile = candidate.Resolve(ResultsPath);
        var trial = TerminalBenchTrial.Read(resultsFile);
        if (trial.Problem is { } p)
        {
            transcript.Report(p.Severity, p.Line, p.Message);
        }

        List<SourceFile> sources = File.Exists(resultsFile) ? [FileHash.Describe(resultsFile), FileHash.Describe(castFile)] : [FileHash.Describe(castFile)];
        return Extraction.Of(transcript.ToRun(candidate.Path, Id, sources, trial.Outcome, trial.Instruction, trial.Metrics));
    }

    private static void Feed(StreamJsonTranscript transcript, CastOutput output, EmbeddedJson found)
    {
        var (line, at) = output.Locate(found.Offset);
        if (found.Json is null)
        {
            transcript.Report(DiagnosticSeverity.Error, line, found.Error!);
            return;
        }

        try
        {
            using var doc = JsonDocument.Parse(found.Json);
            transcript.Accept(doc.RootElement, line, at);
        }
        catch (JsonException e)
        {
            transcript.Report(DiagnosticSeverity.Error, line, $"a JSON event starting on recording line {line} could not be recovered: {e.Message}");
        }
    }

    [GeneratedRegex("""^\s*\{\s*"version"\s*:\s*2\s*[,}]""")]
    private static partial Regex AsciinemaHeader();
}
