namespace CodeTracer.Testing;

/// <summary>One row of corpus/expected/INDEX.tsv.</summary>
public sealed record ExpectedRun(
    string Source, string RunId, string Path, string Format, int StepCount, int StepsWithObservation, string Outcome, string Note)
{
    /// <summary>The listing file: expected/&lt;source&gt;/&lt;run_id with / replaced by __&gt;.steps.jsonl.</summary>
    public string ListingPath => Corpus.PathOf(System.IO.Path.Combine("expected", Source, RunId.Replace("/", "__") + ".steps.jsonl"));

    public IReadOnlyList<ExpectedStep> Steps() => ExpectedStep.ReadAll(ListingPath);

    public override string ToString() => Path;
}
