namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>The same action issued again (white space ignored): every repeat after the first did not move the run forward.</summary>
public sealed class RepeatedActions : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var (steps, options) = (input.Steps, input.Options);
        var repeats = steps
            .Where(s => !s.Degenerate)
            .GroupBy(s => s.Normalized)
            .Where(g => g.Count() >= options.RepeatCount && !IsPolling(g.First()))
            .SelectMany(g => g.Skip(1))
            .Select(s => s.Id)
            .Order()
            .ToList();
        return repeats.Count == 0 ? null : new Finding("repeated-action", repeats, $"{repeats.Count} steps repeat an earlier identical action") { Unuseful = repeats };
    }

    // Reading a background shell's output again is how agents wait; it is not a wasted repeat.
    private static bool IsPolling(StepFacts step) => step.Step.Tool is "BashOutput" or "write_stdin" or "TodoWrite";
}
