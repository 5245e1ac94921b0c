using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Detection;

/// <summary>
/// Reads one native artifact format. An extractor says what it recognises (<see cref="Fingerprints"/>) and how
/// sure it is about a given input (<see cref="Detect"/>); the registry picks the best score, never the first match.
/// </summary>
public interface IFormatExtractor
{
    /// <summary>Stable id, used as the run's <see cref="Run.Format"/> and by <c>--format</c>.</summary>
    string Id { get; }

    /// <summary>Version of this extractor's reading rules; bump when the steps it yields change.</summary>
    string Version { get; }

    /// <summary>What it looks for, in words a person can check against a file.</summary>
    IReadOnlyList<string> Fingerprints { get; }

    /// <summary>How well this extractor explains the input: 0 (not at all) to 1 (certain), with the evidence.</summary>
    DetectionResult Detect(RunCandidate candidate);

    /// <summary>Reads the input. A file that holds many runs yields one run per record.</summary>
    Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default);
}
