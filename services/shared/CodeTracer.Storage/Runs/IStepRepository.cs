using CodeTracer.Contracts.Runs;

namespace CodeTracer.Storage.Runs;

/// <summary>
/// Steps of live runs, appended as they arrive. The sequence number is the step's 1-based
/// <see cref="Step.Id"/>; a step already stored under a sequence number is kept as it is (first write wins),
/// so a redelivered batch stores nothing twice.
/// </summary>
public interface IStepRepository
{
    /// <summary>Returns how many of <paramref name="steps"/> were new.</summary>
    Task<int> AppendAsync(string runId, IReadOnlyList<Step> steps, CancellationToken cancellationToken);

    /// <summary>The run's steps from <paramref name="fromSequence"/> on, in sequence order.</summary>
    Task<IReadOnlyList<Step>> ReadAsync(string runId, int fromSequence, CancellationToken cancellationToken);

    Task<Step?> GetAsync(string runId, int sequence, CancellationToken cancellationToken);

    /// <summary>The highest stored sequence number, 0 when the run has no steps.</summary>
    Task<int> LastSequenceAsync(string runId, CancellationToken cancellationToken);
}
