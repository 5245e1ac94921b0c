namespace CodeTracer.Storage.Notifications;

/// <summary>
/// A notification that could not be delivered after every attempt, kept with its payload so an operator can see
/// what was lost and send it again: nothing leaves the pipeline silently.
/// </summary>
public sealed record DeadLetter
{
    /// <summary>Stable per notification (e.g. <c>webhook:run-…:&lt;hash&gt;</c>), so a redelivered failure is stored once.</summary>
    public required string Id { get; init; }

    /// <summary>How it was to be delivered, e.g. <c>webhook</c>.</summary>
    public required string Channel { get; init; }

    public required string RunId { get; init; }

    /// <summary>Where it was to go (the webhook URL).</summary>
    public required string Target { get; init; }

    /// <summary>The exact body that was to be sent.</summary>
    public required string Payload { get; init; }

    public int Attempts { get; init; }

    /// <summary>What the last attempt got back: a status code or an exception message.</summary>
    public required string LastError { get; init; }

    /// <summary>Kept to the millisecond, in UTC.</summary>
    public DateTimeOffset FailedAt { get; init; }
}
