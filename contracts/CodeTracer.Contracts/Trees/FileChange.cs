namespace CodeTracer.Contracts.Trees;

/// <summary>A file a state-changing step created, modified or deleted, as named by the step's arguments.</summary>
/// <param name="StepId">The step that touched the file.</param>
/// <param name="Path">The path as the step wrote it (absolute or relative to the agent's working folder).</param>
/// <param name="Kind">Created, modified or deleted.</param>
public sealed record FileChange(int StepId, string Path, FileChangeKind Kind);
