using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Input;

public enum DiscoveredKind
{
    /// <summary>An extractor claims it.</summary>
    Matched,

    /// <summary>It was named or looks like a run, but cannot be read (missing, empty, LFS pointer, unknown format).</summary>
    Unreadable,

    /// <summary>Looks like a trajectory but nothing recognises it; reported, not an error.</summary>
    Skipped,

    /// <summary>An ordinary file beside the runs (config, logs, panes).</summary>
    Ignored,
}

/// <summary>One thing discovery found under the user's path.</summary>
public sealed record DiscoveredInput(DiscoveredKind Kind, string Path, RunCandidate? Candidate, FormatMatch? Match, string? Reason)
{
    public static DiscoveredInput Matched(RunCandidate candidate, FormatMatch match) =>
        new(DiscoveredKind.Matched, candidate.Path, candidate, match, null);

    public static DiscoveredInput Unreadable(string path, string reason) => new(DiscoveredKind.Unreadable, path, null, null, reason);

    public static DiscoveredInput Skipped(string path, string reason) => new(DiscoveredKind.Skipped, path, null, null, reason);

    public static DiscoveredInput Ignore(string path) => new(DiscoveredKind.Ignored, path, null, null, null);
}
