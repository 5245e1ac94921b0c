namespace CodeTracer.Ingest.Tests.Support;

/// <summary>A clock the test moves, so stored times and listing order are exact.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
