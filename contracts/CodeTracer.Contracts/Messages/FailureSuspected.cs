namespace CodeTracer.Contracts.Messages;

/// <summary>
/// An online detector saw a warning sign on a live step, before the run has ended (so there is no content
/// hash yet). A hint for watchers, not a diagnosis.
/// </summary>
/// <param name="RunId">The live run.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="StepId">The step that shows the sign.</param>
/// <param name="Signal">The detector's signal name, e.g. <c>repeated-command</c>.</param>
/// <param name="Detail">What was seen, in one line.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record FailureSuspected(
    string RunId,
    int SchemaVersion,
    int StepId,
    string Signal,
    string Detail,
    double Confidence);
