using CodeTracer.Extract.Specs.Model;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>
/// Run-level rules. Rules that read <c>records</c> (and, outside json, those that read the root) are offered every
/// record as it streams by and keep the first that answers; the rest read the document root at the end.
/// </summary>
internal sealed class RunFieldCollector(SpecPlan plan)
{
    private readonly Dictionary<SpecRule, SpecScope> _answered = new(ReferenceEqualityComparer.Instance);
    private readonly List<SpecRule> _waiting = [.. Fields(plan.Spec.Run).SelectMany(v => v.Rules).Where(r => ReadsRecords(plan, r))];

    public void Offer(SpecRecord record)
    {
        if (_waiting.Count == 0 || record.Value is not { } value)
        {
            return;
        }

        var scope = new SpecScope { Item = value, Record = value, Root = record.Root };
        for (var i = _waiting.Count - 1; i >= 0; i--)
        {
            var rule = _waiting[i];
            if ((rule.CompiledSelect is null || rule.CompiledSelect.Holds(value)) && RuleEvaluator.Resolve(rule, scope, "record") is not null)
            {
                _answered[rule] = scope;
                _waiting.RemoveAt(i);
            }
        }
    }

    public string? Text(SpecValue? value, SpecScope root) => First(value, root, (v, s) => RuleEvaluator.Text(v, s, "root"));

    public bool? Decide(SpecValue? value, SpecScope root) => First(value, root, (v, s) => RuleEvaluator.Decide(v, s, "root"));

    private T? First<T>(SpecValue? value, SpecScope root, Func<SpecValue, SpecScope, T?> read)
    {
        foreach (var rule in value?.Rules ?? [])
        {
            var scope = ReadsRecords(plan, rule) ? _answered.GetValueOrDefault(rule) : root;
            if (scope is not null && read(new SpecValue([rule]), ReadsRecords(plan, rule) ? scope with { Root = scope.Record } : scope) is { } found)
            {
                return found;
            }
        }

        return default;
    }

    private static bool ReadsRecords(SpecPlan plan, SpecRule rule) =>
        rule.Value is null && (rule.From == "records" || (plan.Format != "json" && rule.From is null or "root"));

    private static IEnumerable<SpecValue> Fields(SpecRun? run) =>
        new[] { run?.Agent, run?.AgentVersion, run?.FormatVersion, run?.Model, run?.Task, run?.ExitStatus, run?.Outcome?.Resolved, run?.Outcome?.SweBenchInstanceId }
            .OfType<SpecValue>();
}
