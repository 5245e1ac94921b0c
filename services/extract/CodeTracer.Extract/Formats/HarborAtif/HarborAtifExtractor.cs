using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.ClaudeCodeStreamJson;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>
/// A Harbor trial folder (terminal-bench 2.0): steps from the ATIF <c>agent/trajectory.json</c>, or, when the trial
/// has none, from Claude Code's <c>agent/claude-code.txt</c> (then the run's format is claude-code-stream-json).
/// </summary>
public sealed class HarborAtifExtractor : IFormatExtractor
{
    public const string FormatId = "harbor-atif";
    private const string ResultPath = "result.json";
    private const string TrajectoryPath = "agent/trajectory.json";
    private const string StreamJsonPath = "agent/claude-code.txt";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "a folder with result.json (\"trial_name\", \"agent_info\", \"verifier_result\") and agent/",
        "agent/trajectory.json with \"schema_version\": \"ATIF-v1.x\" and steps[]",
        "or, without it, agent/claude-code.txt holding Claude Code stream-json",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (!candidate.IsDirectory || !candidate.Exists(ResultPath))
        {
            return DetectionResult.No("not a folder with result.json");
        }

        var hasTrajectory = candidate.Exists(TrajectoryPath);
        if (!hasTrajectory && !candidate.Exists(StreamJsonPath))
        {
            return DetectionResult.No("no agent/trajectory.json or agent/claude-code.txt");
        }

        var result = candidate.Head(ResultPath);
        var trial = result.Contains("\"trial_name\"", StringComparison.Ordinal)
            && (result.Contains("\"agent_info\"", StringComparison.Ordinal) || result.Contains("\"verifier_result\"", StringComparison.Ordinal));
        if (!trial)
        {
            return new DetectionResult(0.3, "agent/ files beside a result.json that is not a Harbor trial result");
        }

        if (hasTrajectory)
        {
            var head = candidate.Head(TrajectoryPath);
            return head.Contains("\"schema_version\"", StringComparison.Ordinal) && head.Contains("ATIF", StringComparison.Ordinal)
                ? new DetectionResult(0.95, "Harbor trial result.json + ATIF agent/trajectory.json")
                // Layout without readable content (empty, Git LFS pointer): claim it so the reason is reported.
                : new DetectionResult(0.8, "Harbor trial layout; agent/trajectory.json is not readable ATIF");
        }

        return StreamJsonSniffer.Evidence(candidate.Head(StreamJsonPath)) > 0
            ? new DetectionResult(0.9, "Harbor trial result.json + stream-json agent/claude-code.txt (no trajectory.json)")
            : new DetectionResult(0.75, "Harbor trial layout; agent/claude-code.txt is not readable stream-json");
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var resultFile = candidate.Resolve(ResultPath);
        var trial = HarborTrial.Read(resultFile);
        var trajectory = candidate.Resolve(TrajectoryPath);
        if (File.Exists(trajectory))
        {
            return ArtifactProbe.Problem(trajectory) is { } problem
                ? Extraction.Failed(trajectory, $"{TrajectoryPath}: {problem}")
                : AtifRun.Read(candidate.Path, trajectory, resultFile, trial, cancellationToken);
        }

        var streamJson = candidate.Resolve(StreamJsonPath);
        if (ArtifactProbe.Problem(streamJson) is { } missing)
        {
            return Extraction.Failed(streamJson, $"{StreamJsonPath}: {missing}");
        }

        var transcript = StreamJsonFile.Read(streamJson, cancellationToken);
        if (StreamJsonFile.NotStreamJson(streamJson, transcript) is { } error)
        {
            return Extraction.Failed(streamJson, error);
        }

        if (trial.Problem is { } p)
        {
            transcript.Report(p.Severity, p.Line, p.Message);
        }

        var run = transcript.ToRun(candidate.Path, ClaudeCodeStreamJsonExtractor.FormatId,
            [FileHash.Describe(resultFile), FileHash.Describe(streamJson)], trial.Outcome, task: null, trial.Metrics);
        return Extraction.Of(run with { Model = run.Model ?? trial.Model, AgentVersion = run.AgentVersion ?? trial.AgentVersion });
    }
}
