using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Stages;

/// <summary>
/// A stage the input already gives (a CodeTraceBench <c>stages</c> span): taken as is instead of inferred. Intent
/// and outcome are written from the steps when the input has none.
/// </summary>
public sealed record SuppliedStage(StagePhase Phase, int FirstStep, int LastStep, string? Intent = null, string? Outcome = null)
{
    /// <summary>
    /// Reads a phase name as benchmarks spell it ("env_setup", "Dependency Installation", "debugging", "patch",
    /// "test"…); unknown names become <see cref="StagePhase.Other"/> rather than an error.
    /// </summary>
    public static StagePhase PhaseOf(string name)
    {
        var n = new string([.. name.ToLowerInvariant().Where(char.IsLetter)]);
        return n switch
        {
            _ when n.Contains("depend", StringComparison.Ordinal) || n.Contains("install", StringComparison.Ordinal) => StagePhase.DependencyInstallation,
            _ when n.Contains("env", StringComparison.Ordinal) || n.Contains("setup", StringComparison.Ordinal) || n.Contains("config", StringComparison.Ordinal) => StagePhase.EnvironmentSetup,
            _ when n.Contains("inspect", StringComparison.Ordinal) || n.Contains("debug", StringComparison.Ordinal) || n.Contains("explor", StringComparison.Ordinal)
                || n.Contains("reproduc", StringComparison.Ordinal) || n.Contains("locali", StringComparison.Ordinal) || n.Contains("analy", StringComparison.Ordinal) => StagePhase.Inspection,
            _ when n.Contains("patch", StringComparison.Ordinal) || n.Contains("edit", StringComparison.Ordinal) || n.Contains("fix", StringComparison.Ordinal)
                || n.Contains("implement", StringComparison.Ordinal) => StagePhase.Patching,
            _ when n.Contains("verif", StringComparison.Ordinal) || n.Contains("test", StringComparison.Ordinal) || n.Contains("valid", StringComparison.Ordinal) => StagePhase.Verification,
            _ => StagePhase.Other,
        };
    }
}
