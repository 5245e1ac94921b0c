namespace CodeTracer.Extract.Detection;

/// <summary>The extractor that explains an input best, and any others that scored the same.</summary>
public sealed record FormatMatch(IFormatExtractor Extractor, DetectionResult Result, IReadOnlyList<string> TiedWith);
