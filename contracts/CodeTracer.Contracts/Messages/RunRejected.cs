namespace CodeTracer.Contracts.Messages;

/// <summary>A stage gave up on a run; the run goes no further until it is submitted again.</summary>
/// <param name="RunId">The run, as named by <see cref="RunSubmitted"/>.</param>
/// <param name="ContentHash">SHA-256 of the submitted bytes.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="Stage">The stage that refused it.</param>
/// <param name="Reason">
/// What the user can do about it, e.g. "no extractor recognises this file; pass --format or add a spec".
/// Never a stack trace.
/// </param>
public sealed record RunRejected(
    string RunId,
    string ContentHash,
    int SchemaVersion,
    PipelineStage Stage,
    string Reason);
