using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Trees;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteTreeRepository(SqliteDatabase database) : ITreeRepository
{
    private readonly SqliteDocumentTable<TraceTree> _table = new(database, "trees", "tree_json");

    public Task SaveAsync(string runId, string contentHash, TraceTree tree, CancellationToken cancellationToken) =>
        _table.SaveAsync(runId, contentHash, tree, cancellationToken);

    public Task<TraceTree?> GetAsync(string runId, CancellationToken cancellationToken) =>
        _table.GetAsync(runId, cancellationToken);
}
