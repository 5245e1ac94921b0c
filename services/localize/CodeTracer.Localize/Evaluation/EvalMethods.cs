using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Evaluation;

/// <summary>The rows of the evaluation table: the heuristic localizer, then the constant baselines.</summary>
public static class EvalMethods
{
    public static IReadOnlyList<EvalMethod> Standard(LocalizerSettings settings) =>
        [Heuristic(settings), .. Baselines.All.Select(b => new EvalMethod(b.Key, (run, _) => b.Value(run)))];

    public static EvalMethod Heuristic(LocalizerSettings settings)
    {
        var localizer = new HeuristicLocalizer(settings);
        return new EvalMethod(HeuristicLocalizer.MethodName, (run, tree) =>
        {
            var diagnosis = localizer.Localize(run, tree);
            return new Prediction(diagnosis.Onset?.Step, diagnosis.Incorrect, (diagnosis.Cost?.InputTokens ?? 0) + (diagnosis.Cost?.OutputTokens ?? 0));
        });
    }
}
