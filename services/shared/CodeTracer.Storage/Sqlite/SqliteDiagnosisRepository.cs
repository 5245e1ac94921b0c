using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Storage.Diagnoses;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteDiagnosisRepository(SqliteDatabase database) : IDiagnosisRepository
{
    private readonly SqliteDocumentTable<Diagnosis> _table = new(database, "diagnoses", "diagnosis_json");

    public Task SaveAsync(string runId, string contentHash, Diagnosis diagnosis, CancellationToken cancellationToken) =>
        _table.SaveAsync(runId, contentHash, diagnosis, cancellationToken);

    public Task<Diagnosis?> GetAsync(string runId, CancellationToken cancellationToken) =>
        _table.GetAsync(runId, cancellationToken);
}
