namespace CodeTracer.Storage.Notifications;

/// <summary>Undeliverable notifications, queryable newest first.</summary>
public interface IDeadLetterRepository
{
    /// <summary>Stores the letter, replacing one with the same id. Returns true when it is new.</summary>
    Task<bool> SaveAsync(DeadLetter letter, CancellationToken cancellationToken);

    /// <summary>Newest first (then by id). <paramref name="take"/> is capped at <see cref="Page{T}.MaxTake"/>.</summary>
    Task<Page<DeadLetter>> ListAsync(int skip, int take, CancellationToken cancellationToken);
}
