namespace CodeTracer.Extract.Detection;

/// <summary>
/// The extractors CodeTracer knows. Every extractor rates every input and the best score wins; a tie between
/// different extractors is reported rather than settled by registration order.
/// </summary>
public sealed class FormatRegistry(IEnumerable<IFormatExtractor> extractors)
{
    /// <summary>Below this an extractor does not claim the input.</summary>
    public const double MinimumConfidence = 0.5;

    public IReadOnlyList<IFormatExtractor> Extractors { get; } = [.. extractors];

    public IFormatExtractor? Find(string id) =>
        Extractors.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rates the input with every extractor and returns the winner, if any claims it.</summary>
    public FormatMatch? Detect(RunCandidate candidate)
    {
        var scored = Extractors
            .Select(e => (Extractor: e, Result: e.Detect(candidate)))
            .Where(s => s.Result.Confidence >= MinimumConfidence)
            .OrderByDescending(s => s.Result.Confidence)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored[0];
        var tied = scored.Skip(1)
            .Where(s => Math.Abs(s.Result.Confidence - best.Result.Confidence) < 1e-9)
            .Select(s => s.Extractor.Id)
            .ToList();
        return new FormatMatch(best.Extractor, best.Result, tied);
    }
}
