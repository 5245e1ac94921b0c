namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// A failing action issued again unchanged: a blind retry. The first failure is an onset candidate of low trust
/// (retrying is a symptom); the retries are unuseful.
/// </summary>
public sealed class RetriedFailures : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var (steps, options) = (input.Steps, input.Options);
        var groups = steps
            .Where(s => s.Failed && !s.Degenerate)
            .GroupBy(s => s.Normalized)
            .Where(g => g.Count() >= options.RetryCount)
            .Select(g => g.Select(s => s.Id).ToList())
            .OrderBy(g => g[0])
            .ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var first = groups[0];
        return new Finding("retried-failure", [.. groups.SelectMany(g => g).Order()], $"step {first[0]} failed and was retried unchanged {first.Count - 1} time(s)")
        {
            Onset = first[0],
            Chain = first,
            Score = options.RetriedFailureScore,
            Unuseful = [.. groups.SelectMany(g => g.Skip(1)).Order()],
        };
    }
}
