namespace CodeTracer.Contracts.Messages;

/// <summary>
/// The schema version every message carries, so a consumer can tell an old message from a new one during a
/// rolling upgrade instead of misreading it. Raise <see cref="Current"/> when a message changes shape.
/// </summary>
public static class SchemaVersions
{
    /// <summary>The version producers stamp on the messages they publish.</summary>
    public const int Current = 1;
}
