using CodeTracer.Storage.Memory;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoMemoryRepository(MongoContext context) : IMemoryRepository
{
    public async Task<bool> UpsertAsync(MemoryEntry entry, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var filter = Builders<MemoryEntry>.Filter.Eq(e => e.Framework, entry.Framework)
            & Builders<MemoryEntry>.Filter.Eq(e => e.Key, entry.Key);
        try
        {
            var result = await context.Memory.ReplaceOneAsync(filter, entry, new ReplaceOptions { IsUpsert = true }, cancellationToken);
            return result.UpsertedId is not null;
        }
        catch (MongoWriteException exception) when (exception.IsDuplicateKey())
        {
            // A concurrent upsert of the same key inserted first; ours replaces it.
            await context.Memory.ReplaceOneAsync(filter, entry, cancellationToken: cancellationToken);
            return false;
        }
    }

    public async Task<MemoryEntry?> GetAsync(string framework, string key, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        return await context.Memory.Find(e => e.Framework == framework && e.Key == key).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MemoryEntry>> ListTopAsync(string framework, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await context.InitializeAsync(cancellationToken);
        return await context.Memory.Find(e => e.Framework == framework)
            .SortByDescending(e => e.Relevance)
            .ThenByDescending(e => e.Occurrences)
            .ThenBy(e => e.Key)
            .Limit(Math.Min(count, IMemoryRepository.MaxTop))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListFrameworksAsync(CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var frameworks = await (await context.Memory.DistinctAsync(e => e.Framework, FilterDefinition<MemoryEntry>.Empty, cancellationToken: cancellationToken))
            .ToListAsync(cancellationToken);
        // Distinct promises no order; sorted here so the order matches SQLite's.
        frameworks.Sort(StringComparer.Ordinal);
        return frameworks;
    }
}
