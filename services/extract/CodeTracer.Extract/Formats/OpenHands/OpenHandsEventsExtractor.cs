using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>OpenHands (V0) event streams: eval / resolver <c>output.jsonl</c> records and replay arrays. See README.md.</summary>
public sealed class OpenHandsEventsExtractor : IFormatExtractor
{
    public const string FormatId = "openhands-events";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "*.jsonl, one record per line {instance_id | issue, instruction, metadata{agent_class, llm_config}, history[{event}], metrics, error, test_result | success}",
        "*.json holding an array of events [{id, timestamp, source, message, action|observation, args|extras, cause?, tool_call_metadata?}]",
        "action types run, run_ipython, edit, read, write, browse, think, finish, message, system, recall",
    ];

    public DetectionResult Detect(RunCandidate candidate) => OpenHandsDetection.Rate(candidate, OpenHandsHistoryStyle.Events);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        candidate.Head().TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('[')
            ? OpenHandsEventArray.Read(candidate, cancellationToken)
            : OpenHandsOutputFile.Read(candidate, cancellationToken);
}
