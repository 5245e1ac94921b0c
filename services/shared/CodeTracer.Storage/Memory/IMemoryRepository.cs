namespace CodeTracer.Storage.Memory;

/// <summary>Failure patterns per agent framework, the localizer's memory.</summary>
public interface IMemoryRepository
{
    /// <summary>Inserts or replaces the entry with the same framework and key. Returns true when it is new.</summary>
    Task<bool> UpsertAsync(MemoryEntry entry, CancellationToken cancellationToken);

    Task<MemoryEntry?> GetAsync(string framework, string key, CancellationToken cancellationToken);

    /// <summary>
    /// The framework's <paramref name="count"/> most relevant entries: by relevance, then occurrences, then key,
    /// so the order is the same on every provider. <paramref name="count"/> is capped at <see cref="MaxTop"/>.
    /// </summary>
    Task<IReadOnlyList<MemoryEntry>> ListTopAsync(string framework, int count, CancellationToken cancellationToken);

    /// <summary>
    /// Every framework with at least one entry, sorted ordinally so every provider lists them in the same order;
    /// callers that show all memory (the CLI's list) need it, since <see cref="ListTopAsync"/> takes one framework.
    /// </summary>
    Task<IReadOnlyList<string>> ListFrameworksAsync(CancellationToken cancellationToken);

    /// <summary>A prompt has room for a few dozen patterns at most; more would crowd out the run itself.</summary>
    public const int MaxTop = 50;
}
