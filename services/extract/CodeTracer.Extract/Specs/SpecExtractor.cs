using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Specs.Engine;
using CodeTracer.Extract.Specs.Model;

namespace CodeTracer.Extract.Specs;

/// <summary>
/// An extractor defined by a spec (data) instead of code. It sits in the <see cref="FormatRegistry"/> beside the
/// built-in extractors and competes with them by its fingerprint score. Nothing in a spec is compiled or run.
/// </summary>
public sealed class SpecExtractor : IFormatExtractor
{
    private readonly SpecPlan _plan;

    public SpecExtractor(SpecDocument spec, string json)
    {
        _plan = new SpecPlan(spec);
        Json = json;
    }

    public SpecDocument Spec => _plan.Spec;

    /// <summary>The spec as it was given, byte for byte (what the store keeps).</summary>
    public string Json { get; }

    public string Id => Spec.Id;

    public string Version => Spec.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Fingerprints =>
    [
        .. Spec.Fingerprints.FileNames.Select(n => $"file name {n}"),
        .. Spec.Source.Files.Select(f => $"in a folder: {f}"),
        .. Spec.Fingerprints.RequiredKeys.Select(k => $"key \"{k}\""),
        .. Spec.Fingerprints.KeySets.Select(s => $"keys {{{string.Join(", ", s)}}}"),
        .. Spec.Fingerprints.LinePatterns.Select(p => $"line /{p}/"),
    ];

    /// <summary>Parses, checks and wraps spec JSON; throws <see cref="SpecFormatException"/> when it is not a valid spec.</summary>
    public static SpecExtractor FromJson(string json) => new(SpecLoader.Parse(json), json);

    public DetectionResult Detect(RunCandidate candidate) => SpecDetector.Detect(_plan, candidate);

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default) =>
        Read(candidate, cancellationToken).Extraction;

    /// <summary>Extracts and also says where the spec's rules found nothing (what validation judges).</summary>
    public SpecRead Read(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        if (SpecFiles.TrajectoryOf(_plan, candidate) is not { } relative)
        {
            return new SpecRead(Extraction.Failed(candidate.Path, $"spec {Id}: no file it reads here ({string.Join(", ", Fingerprints)})"), []);
        }

        var result = new SpecRunBuilder(_plan).Build(candidate.Path, candidate.Resolve(relative), cancellationToken);
        return result.Run is { } run
            ? new SpecRead(Extraction.Of(run), result.Issues)
            : new SpecRead(Extraction.Failed(candidate.Path, result.Error!), []);
    }
}
