namespace CodeTracer.Extract.Specs.Proposal;

/// <summary>
/// The end of a proposal: a spec (stored now, or reused from the store without asking the model) or a rejection
/// with the reason. <see cref="ModelCalls"/> says how often the model was asked.
/// </summary>
public sealed record SpecProposal(SpecExtractor? Spec, bool Reused, string? RejectedBecause, int ModelCalls)
{
    public bool Accepted => Spec is not null;

    public static SpecProposal Reuse(SpecExtractor spec) => new(spec, true, null, 0);

    public static SpecProposal Store(SpecExtractor spec, int calls) => new(spec, false, null, calls);

    public static SpecProposal Reject(string reason, int calls) => new(null, false, reason, calls);
}
