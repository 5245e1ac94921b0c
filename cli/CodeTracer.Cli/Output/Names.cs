using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Cli.Output;

/// <summary>The lowercase words the reports use for enum values (<c>resolved</c>, <c>explore</c>, <c>partial</c>…).</summary>
public static class Names
{
    public static string Of(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Resolved => "resolved",
        OutcomeStatus.Failed => "failed",
        _ => "unknown",
    };

    public static string Of(StepKind kind) => kind == StepKind.Change ? "change" : "explore";

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Partial => "partial",
        RunStatus.NotStarted => "not_started",
        _ => "complete",
    };

    public static string Of(StagePhase phase) => phase switch
    {
        StagePhase.EnvironmentSetup => "environment_setup",
        StagePhase.DependencyInstallation => "dependency_installation",
        StagePhase.Inspection => "inspection",
        StagePhase.Patching => "patching",
        StagePhase.Verification => "verification",
        _ => "other",
    };

    public static string Of(FileChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();
}
