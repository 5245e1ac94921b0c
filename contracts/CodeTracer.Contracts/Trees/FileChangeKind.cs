namespace CodeTracer.Contracts.Trees;

/// <summary>What a step did to a file.</summary>
public enum FileChangeKind
{
    /// <summary>Written whole for the first time in the run (an editor's create, a redirect, <c>touch</c>…).</summary>
    Created,

    /// <summary>Edited in place, or written whole after the run had already touched it.</summary>
    Modified,

    /// <summary>Removed (<c>rm</c>, <c>git rm</c>, the source of <c>mv</c>).</summary>
    Deleted,
}
