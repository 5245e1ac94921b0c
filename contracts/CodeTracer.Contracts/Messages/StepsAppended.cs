namespace CodeTracer.Contracts.Messages;

/// <summary>
/// Live steps of a running agent were stored. A live run has no final content hash yet, so the range of
/// sequence numbers is what makes redelivery safe.
/// </summary>
/// <param name="RunId">The live run.</param>
/// <param name="SchemaVersion">The message schema version; see <see cref="SchemaVersions"/>.</param>
/// <param name="FirstSequence">Sequence number (the step's 1-based id) of the first stored step.</param>
/// <param name="LastSequence">Sequence number of the last stored step.</param>
/// <param name="Count">How many steps the range holds.</param>
public sealed record StepsAppended(
    string RunId,
    int SchemaVersion,
    int FirstSequence,
    int LastSequence,
    int Count);
