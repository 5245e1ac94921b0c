using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// The constant baselines of CodeTraceBench. Each names one step as onset and as the whole chain, except
/// all-steps, which calls every step incorrect with the first as onset. A run without an error step gets the
/// first-error baseline's fallback: its last step, where a run that never errs most often went wrong.
/// </summary>
public static class Baselines
{
    public static IReadOnlyDictionary<string, Func<Run, Prediction>> All { get; } = new Dictionary<string, Func<Run, Prediction>>
    {
        ["first-step"] = run => One(run.Steps.FirstOrDefault()?.Id),
        ["last-step"] = run => One(run.Steps.LastOrDefault()?.Id),
        ["first-error"] = run => One(run.Steps.FirstOrDefault(ObservationErrors.Failed)?.Id ?? run.Steps.LastOrDefault()?.Id),
        ["all-steps"] = run => new Prediction(run.Steps.FirstOrDefault()?.Id, [.. run.Steps.Select(s => s.Id)]),
    };

    private static Prediction One(int? step) => new(step, step is { } s ? [s] : []);
}
