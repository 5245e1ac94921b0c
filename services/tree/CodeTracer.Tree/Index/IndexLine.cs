namespace CodeTracer.Tree.Index;

/// <summary>One line of the index while it is cut to a budget: stage or state, its text, and how much it matters.</summary>
internal sealed class IndexLine(string full, string? brief, IndexPriority priority, bool isStage, int first, int last, int errors)
{
    public string Full { get; } = full;

    /// <summary>The stage line without intent and outcome, used when whole stage lines no longer fit.</summary>
    public string? Brief { get; } = brief;

    public IndexPriority Priority { get; } = priority;

    public bool IsStage { get; } = isStage;

    public int First { get; } = first;

    public int Last { get; } = last;

    public int Errors { get; } = errors;

    public bool Dropped { get; set; }

    public bool Shortened { get; set; }

    public string Text => Shortened && Brief is not null ? Brief : Full;
}
