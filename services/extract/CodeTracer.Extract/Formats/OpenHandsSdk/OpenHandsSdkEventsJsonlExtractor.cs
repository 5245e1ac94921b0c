using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>OpenHands software-agent-sdk (V1) events, one JSON object per line. See README.md.</summary>
public sealed class OpenHandsSdkEventsJsonlExtractor : IFormatExtractor
{
    public const string FormatId = "openhands-sdk-events-jsonl";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "*.jsonl whose lines are V1 events {id: uuid, timestamp, source, kind: ActionEvent | ObservationEvent | ConversationStateUpdateEvent | …}",
    ];

    public DetectionResult Detect(RunCandidate candidate) => SdkDetection.Lines(candidate);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        SdkEventsFile.Read(candidate, cancellationToken);
}
