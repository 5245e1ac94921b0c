using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Tests.Support;

/// <summary>An extractor that claims files by name with a fixed confidence, for registry and discovery tests.</summary>
public sealed class FakeExtractor(string id, string fileEnding, double confidence) : IFormatExtractor
{
    public string Id => id;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints => [$"*{fileEnding}"];

    public DetectionResult Detect(RunCandidate candidate) =>
        !candidate.IsDirectory && candidate.Name.EndsWith(fileEnding, StringComparison.Ordinal)
            ? new DetectionResult(confidence, $"name ends with {fileEnding}")
            : DetectionResult.No();

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        Extraction.Of(new Run { Path = candidate.Path, Format = id });
}
