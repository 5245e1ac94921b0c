using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>A persisted OpenHands software-agent-sdk (V1) conversation folder. See README.md.</summary>
public sealed class OpenHandsSdkEventsExtractor : IFormatExtractor
{
    public const string FormatId = "openhands-sdk-events";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "folder <conversation_id>/ holding base_state.json {agent{llm}, execution_status, stats} and events/event-<NNNNN>-<uuid>.json",
        "events {id, timestamp, source, kind: ActionEvent | ObservationEvent | MessageEvent | …}",
    ];

    public DetectionResult Detect(RunCandidate candidate) => SdkDetection.Folder(candidate);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        SdkConversationFolder.Read(candidate, cancellationToken);
}
