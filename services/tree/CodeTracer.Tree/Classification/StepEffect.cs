using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Classification;

/// <summary>
/// What a step did to the environment: explore or change, the paths it wrote (when the action names them), and
/// whether it ran code (tests, scripts), which is what a later check of a change looks like.
/// </summary>
public sealed record StepEffect(StepKind Kind, IReadOnlyList<string> Targets, bool RunsCode)
{
    public static StepEffect Explore { get; } = new(StepKind.Explore, [], false);

    public static StepEffect Change(params string[] targets) => new(StepKind.Change, targets, false);

    public StepEffect Merge(StepEffect other) => new(
        Kind == StepKind.Change || other.Kind == StepKind.Change ? StepKind.Change : StepKind.Explore,
        [.. Targets, .. other.Targets],
        RunsCode || other.RunsCode);
}
