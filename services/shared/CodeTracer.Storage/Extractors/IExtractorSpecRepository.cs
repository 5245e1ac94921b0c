namespace CodeTracer.Storage.Extractors;

/// <summary>
/// Versioned extractor specs. A version, once stored, never changes: runs extracted with it must stay
/// reproducible, so saving an existing id and version again keeps the first and returns false.
/// </summary>
public interface IExtractorSpecRepository
{
    Task<bool> SaveAsync(ExtractorSpec spec, CancellationToken cancellationToken);

    Task<ExtractorSpec?> GetAsync(string specId, int version, CancellationToken cancellationToken);

    /// <summary>The highest version of the spec, or null when none is stored.</summary>
    Task<ExtractorSpec?> GetLatestAsync(string specId, CancellationToken cancellationToken);

    /// <summary>Every stored version of the spec, oldest first.</summary>
    Task<IReadOnlyList<ExtractorSpec>> ListVersionsAsync(string specId, CancellationToken cancellationToken);

    /// <summary>
    /// The id of every stored spec, each once, sorted ordinally so every provider lists them in the same order;
    /// without it a caller would have to keep its own index of ids next to the specs.
    /// </summary>
    Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken);
}
