using CodeTracer.Storage.Extractors;
using MongoDB.Driver;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoExtractorSpecRepository(MongoContext context) : IExtractorSpecRepository
{
    public async Task<bool> SaveAsync(ExtractorSpec spec, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        try
        {
            await context.ExtractorSpecs.InsertOneAsync(ExtractorSpecDocument.From(spec), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException exception) when (exception.IsDuplicateKey())
        {
            return false;
        }
    }

    public async Task<ExtractorSpec?> GetAsync(string specId, int version, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var document = await context.ExtractorSpecs.Find(d => d.SpecId == specId && d.Version == version).FirstOrDefaultAsync(cancellationToken);
        return document?.ToSpec();
    }

    public async Task<ExtractorSpec?> GetLatestAsync(string specId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var document = await context.ExtractorSpecs.Find(d => d.SpecId == specId)
            .SortByDescending(d => d.Version)
            .Limit(1)
            .FirstOrDefaultAsync(cancellationToken);
        return document?.ToSpec();
    }

    public async Task<IReadOnlyList<ExtractorSpec>> ListVersionsAsync(string specId, CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var documents = await context.ExtractorSpecs.Find(d => d.SpecId == specId)
            .SortBy(d => d.Version)
            .ToListAsync(cancellationToken);
        return documents.ConvertAll(d => d.ToSpec());
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken)
    {
        await context.InitializeAsync(cancellationToken);
        var ids = await (await context.ExtractorSpecs.DistinctAsync(d => d.SpecId, FilterDefinition<ExtractorSpecDocument>.Empty, cancellationToken: cancellationToken))
            .ToListAsync(cancellationToken);
        // Distinct promises no order; sorted here so the order matches SQLite's.
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
