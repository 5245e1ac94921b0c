namespace CodeTracer.Contracts.Runs;

/// <summary>
/// Secrets removed from one field of a step at extraction time. The raw file is untouched (its hash in
/// <see cref="Provenance"/> is still the hash of the original bytes); the step only says what was removed.
/// </summary>
/// <param name="Field">The step field: <c>action</c>, <c>arguments</c>, <c>observation</c>, <c>thought</c> or <c>reasoning</c>.</param>
/// <param name="Kind">What was found, e.g. <c>openai-key</c>, <c>aws-access-key</c>, <c>private-key</c>, <c>env-secret</c>.</param>
/// <param name="Count">How many were replaced by <c>[REDACTED:kind]</c> in that field.</param>
public sealed record Redaction(string Field, string Kind, int Count);
