namespace CodeTracer.Contracts.Trees;

/// <summary>
/// The run as a tree. <see cref="Roots"/> keeps the flat CodeTracer rule (a state-changing step is a child of the
/// step before it, an exploration its sibling); <see cref="Stages"/> is the hierarchical view (run → stages → state
/// nodes → steps); <see cref="FileChanges"/> says which step created, modified or deleted which file.
/// </summary>
public sealed record TraceTree(IReadOnlyList<TraceNode> Roots, IReadOnlyDictionary<int, StepKind> Kinds)
{
    /// <summary>The stages in step order; empty for a tree built before stages existed.</summary>
    public IReadOnlyList<Stage> Stages { get; init; } = [];

    /// <summary>Every file touched by a state-changing step, in step order.</summary>
    public IReadOnlyList<FileChange> FileChanges { get; init; } = [];

    public int ExploreCount => Kinds.Values.Count(k => k == StepKind.Explore);

    public int ChangeCount => Kinds.Values.Count(k => k == StepKind.Change);

    /// <summary>
    /// The last change to a file, or null. A path matches when it equals the recorded one or one ends with the
    /// other at a folder boundary (<c>pkg/a.py</c> matches <c>/testbed/pkg/a.py</c>), since agents name the same
    /// file relative to different working folders.
    /// </summary>
    public FileChange? LastTouch(string path) => TouchesOf(path).LastOrDefault();

    /// <summary>Every change to a file, in step order (same matching as <see cref="LastTouch"/>).</summary>
    public IReadOnlyList<FileChange> TouchesOf(string path)
    {
        var wanted = Normalize(path);
        return [.. FileChanges.Where(c => SameFile(Normalize(c.Path), wanted))];
    }

    /// <summary>The stage that holds a step, or null when the step is outside every stage.</summary>
    public Stage? StageOf(int stepId) => Stages.FirstOrDefault(s => s.FirstStep <= stepId && stepId <= s.LastStep);

    private static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        return p.TrimEnd('/');
    }

    private static bool SameFile(string a, string b) =>
        a == b || EndsAtFolder(a, b) || EndsAtFolder(b, a);

    private static bool EndsAtFolder(string longer, string shorter) =>
        shorter.Length > 0 && longer.Length > shorter.Length && longer.EndsWith(shorter, StringComparison.Ordinal)
        && longer[longer.Length - shorter.Length - 1] == '/';
}
