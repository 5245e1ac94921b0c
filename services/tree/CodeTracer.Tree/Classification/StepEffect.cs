using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Classification;

/// <summary>
/// What a step did to the environment: explore or change, the paths it wrote (when the action names them), and
/// whether it ran code (tests, scripts), which is what a later check of a change looks like. <see cref="Written"/>
/// and <see cref="Deleted"/> are the targets written whole or removed; the other targets were edited in place.
/// </summary>
public sealed record StepEffect(StepKind Kind, IReadOnlyList<string> Targets, bool RunsCode)
{
    public static StepEffect Explore { get; } = new(StepKind.Explore, [], false);

    /// <summary>Targets written whole (created, or overwritten): redirects, editors' create, <c>touch</c>, <c>cp</c>'s destination.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Targets removed: <c>rm</c>, <c>git rm</c>, the source of <c>mv</c>.</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];

    public static StepEffect Change(params string[] targets) => new(StepKind.Change, targets, false);

    public static StepEffect WriteWhole(params string[] targets) => new(StepKind.Change, targets, false) { Written = targets };

    public static StepEffect Delete(params string[] targets) => new(StepKind.Change, targets, false) { Deleted = targets };

    public StepEffect Merge(StepEffect other) => new(
        Kind == StepKind.Change || other.Kind == StepKind.Change ? StepKind.Change : StepKind.Explore,
        [.. Targets, .. other.Targets],
        RunsCode || other.RunsCode)
    {
        Written = [.. Written, .. other.Written],
        Deleted = [.. Deleted, .. other.Deleted],
    };
}
