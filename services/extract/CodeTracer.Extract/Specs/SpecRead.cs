using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Specs;

/// <summary>What a spec read from an input, and where its mapped rules came up empty (e.g. an anchor path that found nothing).</summary>
public sealed record SpecRead(Extraction Extraction, IReadOnlyList<string> Issues);
