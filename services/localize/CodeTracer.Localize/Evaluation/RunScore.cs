namespace CodeTracer.Localize.Evaluation;

/// <summary>The CodeTraceBench step-level scores of one run, and how far the predicted onset fell from the label.</summary>
public sealed record RunScore(string Path, double Precision, double Recall, double F1, int? OnsetDistance)
{
    public static RunScore Of(FailureLabel label, Prediction prediction)
    {
        var gold = label.Incorrect.ToHashSet();
        var predicted = prediction.Incorrect.Distinct().ToList();
        var hits = predicted.Count(gold.Contains);
        var precision = predicted.Count == 0 ? 0 : (double)hits / predicted.Count;
        var recall = gold.Count == 0 ? 0 : (double)hits / gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int? distance = prediction.Onset is { } p && label.Onset is { } o ? Math.Abs(p - o.Step) : null;
        return new RunScore(label.Path, precision, recall, f1, distance);
    }
}
