using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;

namespace CodeTracer.Localize.Heuristics;

/// <summary>What the signals need to know about one step, computed once per run.</summary>
public sealed record StepFacts(Step Step, StepEffect Effect, bool Failed, string Normalized, bool Degenerate)
{
    public int Id => Step.Id;

    public bool IsChange => Effect.Kind == StepKind.Change;

    public static IReadOnlyList<StepFacts> Of(Run run, TraceTree tree) =>
        [.. run.Steps.Select(s => Of(s, tree))];

    private static StepFacts Of(Step step, TraceTree tree)
    {
        var effect = StepClassifier.Analyze(step);
        if (tree.Kinds.TryGetValue(step.Id, out var kind) && kind != effect.Kind)
        {
            // The tree is the reference for explore/change; targets still come from the classifier.
            effect = effect with { Kind = kind };
        }

        return new StepFacts(step, effect, ObservationErrors.Failed(step), ActionText.Normalize(step), ActionText.IsDegenerate(step));
    }
}
