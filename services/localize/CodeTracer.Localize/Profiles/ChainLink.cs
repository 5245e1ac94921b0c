namespace CodeTracer.Localize.Profiles;

/// <summary>One step of the root-cause chain: what it did and what role it played in the failure.</summary>
public sealed record ChainLink(int Step, string Anchor, string Tool, string Action, string Role);
