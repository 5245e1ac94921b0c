using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Trees;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoTreeRepository(MongoContext context) : ITreeRepository
{
    private readonly MongoRunBodies<TraceTree> _bodies = new(context, c => c.Trees);

    public Task SaveAsync(string runId, string contentHash, TraceTree tree, CancellationToken cancellationToken) =>
        _bodies.SaveAsync(runId, contentHash, tree, cancellationToken);

    public Task<TraceTree?> GetAsync(string runId, CancellationToken cancellationToken) =>
        _bodies.GetAsync(runId, cancellationToken);
}
