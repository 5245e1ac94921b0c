using CodeTracer.Storage.Notifications;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoDeadLetterRepository(MongoContext context) : IDeadLetterRepository
{
    public async Task<bool> SaveAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var filter = Builders<DeadLetter>.Filter.Eq(d => d.Id, letter.Id);
        try
        {
            var result = await context.DeadLetters.ReplaceOneAsync(filter, letter, new ReplaceOptions { IsUpsert = true }, cancellationToken);
            return result.UpsertedId is not null;
        }
        catch (MongoWriteException exception) when (exception.IsDuplicateKey())
        {
            // A concurrent save of the same letter inserted first; ours replaces it.
            await context.DeadLetters.ReplaceOneAsync(filter, letter, cancellationToken: cancellationToken);
            return false;
        }
    }

    public async Task<Page<DeadLetter>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await context.InitializeAsync(cancellationToken);
        var all = Builders<DeadLetter>.Filter.Empty;
        var total = await context.DeadLetters.CountDocumentsAsync(all, cancellationToken: cancellationToken);
        var items = await context.DeadLetters.Find(all)
            .SortByDescending(d => d.FailedAt)
            .ThenBy(d => d.Id)
            .Skip(skip)
            .Limit(Math.Min(take, Page<DeadLetter>.MaxTake))
            .ToListAsync(cancellationToken);
        return new Page<DeadLetter>(items, total);
    }
}
