using CodeTracer.Contracts.Runs;
using CodeTracer.Storage.Runs;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoRunRepository(MongoContext context) : IRunRepository
{
    private static readonly ProjectionDefinition<RunDocument> WithoutBody = Builders<RunDocument>.Projection.Exclude(d => d.Body);

    public async Task<bool> UpsertAsync(RunRecord record, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var filter = Builders<RunDocument>.Filter.Eq(d => d.RunId, record.RunId)
            & Builders<RunDocument>.Filter.Eq(d => d.ContentHash, record.ContentHash);
        var update = Builders<RunDocument>.Update
            .Set(d => d.Status, record.Status)
            .Set(d => d.Format, record.Format)
            .Set(d => d.FileName, record.FileName)
            .Set(d => d.BlobKey, record.BlobKey)
            .SetOnInsert(d => d.CreatedAt, record.CreatedAt);
        try
        {
            var result = await context.Runs.UpdateOneAsync(filter, update, new UpdateOptions { IsUpsert = true }, cancellationToken);
            return result.UpsertedId is not null;
        }
        catch (MongoWriteException exception) when (exception.IsDuplicateKey())
        {
            // The filter missed but the _id exists: either another hash owns this run id, or a concurrent
            // upsert of the same run inserted first and ours is now a plain update.
            var stored = await context.Runs.Find(d => d.RunId == record.RunId)
                .Project(d => d.ContentHash)
                .FirstOrDefaultAsync(cancellationToken);
            if (stored != record.ContentHash)
            {
                throw new InvalidOperationException(
                    $"Run {record.RunId} is stored with content hash {stored}, not {record.ContentHash}.", exception);
            }

            await context.Runs.UpdateOneAsync(filter, update, cancellationToken: cancellationToken);
            return false;
        }
    }

    public async Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var document = await context.Runs.Find(d => d.RunId == runId)
            .Project<RunDocument>(WithoutBody)
            .FirstOrDefaultAsync(cancellationToken);
        return document?.ToRecord();
    }

    public async Task<Page<RunRecord>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await context.InitializeAsync(cancellationToken);
        var total = await context.Runs.CountDocumentsAsync(FilterDefinition<RunDocument>.Empty, cancellationToken: cancellationToken);
        var documents = await context.Runs.Find(FilterDefinition<RunDocument>.Empty)
            .Sort(Builders<RunDocument>.Sort.Descending(d => d.CreatedAt).Ascending(d => d.RunId))
            .Skip(skip)
            .Limit(Math.Min(take, Page<RunRecord>.MaxTake))
            .Project<RunDocument>(WithoutBody)
            .ToListAsync(cancellationToken);
        return new Page<RunRecord>(documents.ConvertAll(d => d.ToRecord()), total);
    }

    public async Task<bool> SaveRunAsync(string runId, string contentHash, Run run, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var result = await context.Runs.UpdateOneAsync(
            d => d.RunId == runId && d.ContentHash == contentHash,
            Builders<RunDocument>.Update.Set(d => d.Body, run),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    public async Task<Run?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var document = await context.Runs.Find(d => d.RunId == runId).FirstOrDefaultAsync(cancellationToken);
        return document?.Body;
    }
}
