using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Storage.Diagnoses;

/// <summary>One diagnosis per run; saving again replaces it, so a re-localized or redelivered run is stored once.</summary>
public interface IDiagnosisRepository
{
    Task SaveAsync(string runId, string contentHash, Diagnosis diagnosis, CancellationToken cancellationToken);

    Task<Diagnosis?> GetAsync(string runId, CancellationToken cancellationToken);
}
