using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>2024 OpenHands outputs whose <c>history</c> is a list of [action, observation] pairs (gorilla, ProntoQA). See README.md.</summary>
public sealed class OpenHandsPairsExtractor : IFormatExtractor
{
    public const string FormatId = "openhands-pairs";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "*.jsonl, one record per line {id | question_id, instruction?, metadata{agent_class, model_name}, history[[action, observation]], test_result{result} | correct}",
    ];

    public DetectionResult Detect(RunCandidate candidate) => OpenHandsDetection.Rate(candidate, OpenHandsHistoryStyle.Pairs);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        OpenHandsOutputFile.Read(candidate, cancellationToken);
}
