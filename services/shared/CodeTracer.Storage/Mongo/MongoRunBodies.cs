using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

/// <summary>Save-replaces and get for one per-run body collection (trees, diagnoses).</summary>
internal sealed class MongoRunBodies<T>(MongoContext context, Func<MongoContext, IMongoCollection<RunBodyDocument<T>>> collection)
    where T : class
{
    public async Task SaveAsync(string runId, string contentHash, T body, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        await collection(context).ReplaceOneAsync(
            d => d.RunId == runId,
            new RunBodyDocument<T> { RunId = runId, ContentHash = contentHash, Body = body },
            new ReplaceOptions { IsUpsert = true },
            cancellationToken);
    }

    public async Task<T?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var document = await collection(context).Find(d => d.RunId == runId).FirstOrDefaultAsync(cancellationToken);
        return document?.Body;
    }
}
