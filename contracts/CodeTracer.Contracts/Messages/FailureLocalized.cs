using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Contracts.Messages;

/// <summary>
/// A finished run was diagnosed; the full diagnosis with its evidence is in the diagnosis store.
/// </summary>
/// <param name="RunId">The run, as named by <see cref="RunSubmitted"/>.</param>
/// <param name="ContentHash">SHA-256 of the submitted bytes.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="Onset">The step where the run started to go wrong (id and native anchor), or null.</param>
/// <param name="IncorrectSteps">The error chain: the onset and the steps that carried the error forward.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Method">How it was found: <c>heuristic</c>, <c>llm</c>…</param>
/// <param name="Reason">One line a person can read.</param>
/// <param name="Outcome">The run's outcome the diagnosis was made against.</param>
public sealed record FailureLocalized(
    string RunId,
    string ContentHash,
    int SchemaVersion,
    StepRef? Onset,
    IReadOnlyList<int> IncorrectSteps,
    double Confidence,
    string Method,
    string Reason,
    OutcomeStatus Outcome);
