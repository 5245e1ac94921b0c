namespace CodeTracer.Contracts.Messages;

/// <summary>The trace tree of a run was built and stored; the tree itself is in the tree store.</summary>
/// <param name="RunId">The run, as named by <see cref="RunSubmitted"/>.</param>
/// <param name="ContentHash">SHA-256 of the submitted bytes.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="StageCount">How many stages the run was split into.</param>
/// <param name="ExploreCount">Steps that only looked at the environment.</param>
/// <param name="ChangeCount">Steps that changed it.</param>
public sealed record TraceTreeBuilt(
    string RunId,
    string ContentHash,
    int SchemaVersion,
    int StageCount,
    int ExploreCount,
    int ChangeCount);
