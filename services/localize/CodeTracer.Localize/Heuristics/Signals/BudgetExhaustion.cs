using System.Text.RegularExpressions;

namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// The run ended because it ran out of budget: the harness says so (mini-SWE-agent <c>LimitsExceeded</c>, Harbor
/// <c>AgentTimeoutError</c>, OpenHands "maximum iteration"), or it used every step its framework allows. The work was
/// not finished, so the run looped or wandered; the signal names the last step, not an onset.
/// </summary>
public sealed partial class BudgetExhaustion : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        if (input.Steps.Count == 0)
        {
            return null;
        }

        var last = input.Steps[^1].Id;
        if (input.Run.Metrics.ExitStatus is { } status && LimitText().IsMatch(status))
        {
            return new Finding("budget-exhausted", [last], $"the run stopped on its budget ({Clip(status)}) at step {last}");
        }

        if (input.Options.StepBudget is { } budget && input.Steps.Count >= budget - input.Options.StepBudgetSlack)
        {
            return new Finding("budget-exhausted", [last], $"the run used {input.Steps.Count} of the {budget} steps its framework allows");
        }

        return null;
    }

    private static string Clip(string text) => text.Length > 80 ? text[..80] + "…" : text;

    [GeneratedRegex(@"LimitsExceeded|TimeoutExpired|Timeout|timed out|maximum iteration|max_?iterations|max_?steps|exit_cost|exit_context|CostLimit|budget", RegexOptions.IgnoreCase)]
    private static partial Regex LimitText();
}
