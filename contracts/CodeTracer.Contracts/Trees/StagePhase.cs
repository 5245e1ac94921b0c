namespace CodeTracer.Contracts.Trees;

/// <summary>The workflow phase a stage belongs to. A run may revisit a phase; each visit is its own stage.</summary>
public enum StagePhase
{
    /// <summary>Preparing the machine: variables, virtual environments, services, users, clones, tool checks.</summary>
    EnvironmentSetup,

    /// <summary>Installing or removing packages (pip, apt, npm, conda…).</summary>
    DependencyInstallation,

    /// <summary>Reading, searching and reproducing before (or between) changes: inspection and debugging.</summary>
    Inspection,

    /// <summary>Changing the files the task is about.</summary>
    Patching,

    /// <summary>Running tests or scripts, or reviewing the diff, after a change.</summary>
    Verification,

    /// <summary>A span that fits none of the phases (conversation between agents, a supplied stage of an unknown kind).</summary>
    Other,
}
