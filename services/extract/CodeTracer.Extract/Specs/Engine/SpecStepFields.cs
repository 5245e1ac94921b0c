using System.Globalization;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>Reads every field of one step from its draft, by the spec's rules.</summary>
internal static class SpecStepFields
{
    public static Step Build(SpecPlan plan, SpecStepDraft draft, List<string> issues)
    {
        var rules = plan.Spec.Steps;
        var scope = new SpecScope { Item = draft.Item, Record = draft.Record, Root = draft.Root, Observation = draft.Observation, LineMatch = draft.LineMatch };
        var arguments = RuleEvaluator.Text(rules.Arguments, scope, defaultAs: "raw");
        scope = scope with { Arguments = JsonArguments.Parse(arguments) };
        var where = draft.Provenance.Location ?? $"line {draft.Provenance.Line}";
        var anchor = RuleEvaluator.Text(rules.Anchor, scope);
        if (anchor is null && rules.Anchor is not null)
        {
            issues.Add($"step {draft.Id} ({where}): the anchor rule found nothing");
        }

        anchor ??= draft.Provenance.Location ?? draft.Provenance.Line?.ToString(CultureInfo.InvariantCulture) ?? draft.Id.ToString(CultureInfo.InvariantCulture);
        var (hasObservation, observation) = Observation(plan, draft, scope);
        var exitCode = RuleEvaluator.Int(rules.ExitCode, scope);
        bool? isError = !hasObservation ? null
            : rules.IsError?.FromExitCode == true && exitCode is { } code ? code != 0
            : RuleEvaluator.Decide(rules.IsError?.Rules, scope);
        return new Step
        {
            Id = draft.Id,
            Anchor = anchor,
            Tool = RuleEvaluator.Text(rules.Tool, scope) ?? "unknown",
            Arguments = arguments,
            Action = RuleEvaluator.Text(rules.Action, scope) ?? "",
            Observation = observation,
            HasObservation = hasObservation,
            IsError = isError,
            ExitCode = exitCode,
            StartedAt = RuleEvaluator.Time(rules.StartedAt, scope),
            EndedAt = RuleEvaluator.Time(rules.EndedAt, scope),
            Thought = RuleEvaluator.Text(rules.Thought, scope),
            Reasoning = RuleEvaluator.Text(rules.Reasoning, scope),
            ParallelGroup = draft.Group,
            Provenance = draft.Provenance,
        };
    }

    private static (bool Has, string? Text) Observation(SpecPlan plan, SpecStepDraft draft, SpecScope scope)
    {
        var rules = plan.Spec.Steps.Observation;
        if (plan.HasJoin)
        {
            return draft.Answered ? (true, RuleEvaluator.Text(rules?.Text, scope, "observation")) : (false, null);
        }

        if (draft.FollowingLines is { } lines)
        {
            return lines.Count == 0 ? (false, null) : (true, string.Join('\n', lines));
        }

        var text = RuleEvaluator.Text(rules?.Text, scope);
        return (text is not null, text);
    }
}
