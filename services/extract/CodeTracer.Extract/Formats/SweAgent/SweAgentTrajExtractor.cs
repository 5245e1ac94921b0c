using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>SWE-agent 0.x / 1.x <c>.traj</c> with a <c>trajectory[]</c> of steps. See README.md.</summary>
public sealed class SweAgentTrajExtractor : IFormatExtractor
{
    public const string FormatId = "swe-agent-traj";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "file *.traj",
        "object {environment, trajectory[{action, observation, response, thought, state, execution_time?}], history[], info{exit_status, submission, model_stats}}",
    ];

    public DetectionResult Detect(RunCandidate candidate) => SweAgentDetection.Rate(candidate, SweAgentLayout.Trajectory);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        SweAgentReader.Read(candidate, cancellationToken);
}
