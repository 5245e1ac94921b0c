using CodeTracer.Contracts.Runs;
using CodeTracer.Storage.Runs;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoStepRepository(MongoContext context) : IStepRepository
{
    public async Task<int> AppendAsync(string runId, IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        // First write of a sequence number wins, within a batch as across batches.
        var documents = steps.DistinctBy(s => s.Id)
            .Select(s => new StepDocument { RunId = runId, Seq = s.Id, Step = s })
            .ToList();
        if (documents.Count == 0)
        {
            return 0;
        }

        await context.InitializeAsync(cancellationToken);
        try
        {
            // Unordered: a duplicate in the middle must not stop the new steps after it.
            await context.Steps.InsertManyAsync(documents, new InsertManyOptions { IsOrdered = false }, cancellationToken);
            return documents.Count;
        }
        catch (MongoBulkWriteException<StepDocument> exception)
            when (exception.WriteConcernError is null && exception.WriteErrors.All(e => e.Category == ServerErrorCategory.DuplicateKey))
        {
            return documents.Count - exception.WriteErrors.Count;
        }
    }

    public async Task<IReadOnlyList<Step>> ReadAsync(string runId, int fromSequence, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var documents = await context.Steps.Find(d => d.RunId == runId && d.Seq >= fromSequence)
            .SortBy(d => d.Seq)
            .ToListAsync(cancellationToken);
        return documents.ConvertAll(d => d.Step);
    }

    public async Task<Step?> GetAsync(string runId, int sequence, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var document = await context.Steps.Find(d => d.RunId == runId && d.Seq == sequence).FirstOrDefaultAsync(cancellationToken);
        return document?.Step;
    }

    public async Task<int> LastSequenceAsync(string runId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var last = await context.Steps.Find(d => d.RunId == runId)
            .SortByDescending(d => d.Seq)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        return last?.Seq ?? 0;
    }
}
