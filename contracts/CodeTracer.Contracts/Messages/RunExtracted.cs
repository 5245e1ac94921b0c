using CodeTracer.Contracts.Runs;

namespace CodeTracer.Contracts.Messages;

/// <summary>
/// A run was read into the lossless run model and stored; the steps themselves are in the run store.
/// </summary>
/// <param name="RunId">The run, as named by <see cref="RunSubmitted"/>.</param>
/// <param name="ContentHash">SHA-256 of the submitted bytes.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="Format">The extractor id that read the run.</param>
/// <param name="Agent">The agent or framework, when the artifacts name it.</param>
/// <param name="StepCount">How many top-level steps were read.</param>
/// <param name="Outcome">Whether the run solved its task, as the artifacts say.</param>
/// <param name="Partial">True when some records were damaged and only the steps before them were kept.</param>
public sealed record RunExtracted(
    string RunId,
    string ContentHash,
    int SchemaVersion,
    string Format,
    string? Agent,
    int StepCount,
    OutcomeStatus Outcome,
    bool Partial);
