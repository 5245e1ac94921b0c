using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Storage.Diagnoses;

namespace CodeTracer.Storage.Mongo;

public sealed class MongoDiagnosisRepository(MongoContext context) : IDiagnosisRepository
{
    private readonly MongoRunBodies<Diagnosis> _bodies = new(context, c => c.Diagnoses);

    public Task SaveAsync(string runId, string contentHash, Diagnosis diagnosis, CancellationToken cancellationToken) =>
        _bodies.SaveAsync(runId, contentHash, diagnosis, cancellationToken);

    public Task<Diagnosis?> GetAsync(string runId, CancellationToken cancellationToken) =>
        _bodies.GetAsync(runId, cancellationToken);
}
