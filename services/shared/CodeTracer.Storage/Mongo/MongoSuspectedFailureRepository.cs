using CodeTracer.Storage.Signals;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoSuspectedFailureRepository(MongoContext context) : ISuspectedFailureRepository
{
    public async Task<bool> TryAddAsync(SuspectedFailure suspicion, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        try
        {
            await context.SuspectedFailures.InsertOneAsync(suspicion, cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException exception) when (exception.IsDuplicateKey())
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<SuspectedFailure>> ListAsync(string runId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        return await context.SuspectedFailures.Find(s => s.RunId == runId)
            .SortBy(s => s.StepId)
            .ThenBy(s => s.Signal)
            .ToListAsync(cancellationToken);
    }
}
