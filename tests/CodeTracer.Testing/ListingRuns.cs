using CodeTracer.Contracts.Runs;

namespace CodeTracer.Testing;

/// <summary>
/// Runs built from the corpus's expected step listings, for tests that need real step sequences before the
/// extractors exist. A listing keeps the first 200 characters of each action and no observation text, so
/// <see cref="Step.Observation"/> is null and <see cref="Step.Arguments"/> is left unset.
/// </summary>
public static class ListingRuns
{
    public const string ListingFormat = "expected-listing";

    public static Run FromExpected(ExpectedRun expected) => new()
    {
        Path = expected.Path,
        Format = ListingFormat,
        Agent = expected.Source,
        Outcome = new RunOutcome(OutcomeOf(expected.Outcome), "expected/INDEX.tsv"),
        Steps = [.. expected.Steps().Select(s => StepOf(s, expected.ListingPath))],
    };

    public static Run FromExpected(string path) => FromExpected(ExpectedIndex.Get(path));

    public static Step StepOf(ExpectedStep step, string listingPath) => new()
    {
        Id = step.Step,
        Anchor = step.Anchor,
        Tool = step.Tool,
        Action = step.Action,
        HasObservation = step.HasObservation,
        IsError = step.IsError,
        ParallelGroup = step.Step,
        Provenance = new Provenance(listingPath, step.Step, null, ""),
    };

    private static OutcomeStatus OutcomeOf(string outcome) => outcome switch
    {
        "resolved" => OutcomeStatus.Resolved,
        "failed" => OutcomeStatus.Failed,
        _ => OutcomeStatus.Unknown,
    };
}
