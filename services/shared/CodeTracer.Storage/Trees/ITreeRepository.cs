using CodeTracer.Contracts.Trees;

namespace CodeTracer.Storage.Trees;

/// <summary>One trace tree per run; saving again replaces it, so a rebuilt or redelivered tree is stored once.</summary>
public interface ITreeRepository
{
    Task SaveAsync(string runId, string contentHash, TraceTree tree, CancellationToken cancellationToken);

    Task<TraceTree?> GetAsync(string runId, CancellationToken cancellationToken);
}
