using CodeTracer.Contracts.Runs;

namespace CodeTracer.Storage.Runs;

/// <summary>Run records and their lossless run model, keyed by run id and content hash.</summary>
public interface IRunRepository
{
    /// <summary>
    /// Stores the record once: a second save with the same run id and content hash updates status, format,
    /// file name and blob key but keeps <see cref="RunRecord.CreatedAt"/>. Returns true when the record is new.
    /// A different content hash under a stored run id throws <see cref="InvalidOperationException"/>: run ids
    /// derive from hashes, so that is a bug, never a user error.
    /// </summary>
    Task<bool> UpsertAsync(RunRecord record, CancellationToken cancellationToken);

    Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Newest first (then by run id). <paramref name="take"/> is capped at <see cref="Page{T}.MaxTake"/>.</summary>
    Task<Page<RunRecord>> ListAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>Stores the run model beside its record. Returns false when no record has this run id and hash.</summary>
    Task<bool> SaveRunAsync(string runId, string contentHash, Run run, CancellationToken cancellationToken);

    Task<Run?> GetRunAsync(string runId, CancellationToken cancellationToken);
}
