namespace CodeTracer.Storage.Signals;

/// <summary>
/// The warning signs already raised on live runs. First write wins on (run, signal, step), which is what lets the
/// detector re-read overlapping or redelivered batches and still announce each sign once.
/// </summary>
public interface ISuspectedFailureRepository
{
    /// <summary>Returns true when no sign with this run, signal and step was stored before.</summary>
    Task<bool> TryAddAsync(SuspectedFailure suspicion, CancellationToken cancellationToken);

    /// <summary>The run's signs by step, then signal.</summary>
    Task<IReadOnlyList<SuspectedFailure>> ListAsync(string runId, CancellationToken cancellationToken);
}
