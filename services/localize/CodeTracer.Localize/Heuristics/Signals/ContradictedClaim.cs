using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// The agent's last message claims success, but the benchmark says the run failed: what the agent took as proof
/// (its last check) did not prove the task done. The signal names that last check, or the last step when the run
/// never ran code; it is evidence and a category, not an onset by itself.
/// </summary>
public sealed partial class ContradictedClaim : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        if (input.Run.Outcome.Status != OutcomeStatus.Failed || input.Steps.Count == 0
            || input.Run.FinalMessage is not { Length: > 0 } message || !SuccessClaim().IsMatch(message))
        {
            return null;
        }

        var check = input.Steps.LastOrDefault(s => s.Effect.RunsCode && !s.Degenerate)?.Id ?? input.Steps[^1].Id;
        var claim = SuccessClaim().Match(message).Value;
        return new Finding("contradicted-claim", [check], $"the agent's final message claims success (\"{claim}\") but the run failed; its last check was step {check}");
    }

    [GeneratedRegex(@"\b(successfully|all tests pass(ed)?|fix works|works as expected|task (is )?complete(d)?|completed the task|all set|problem fixed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessClaim();
}
