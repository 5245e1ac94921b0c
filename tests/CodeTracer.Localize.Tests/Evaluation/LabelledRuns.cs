using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Evaluation;
using CodeTracer.Testing;

namespace CodeTracer.Localize.Tests.Evaluation;

/// <summary>
/// The labelled failed runs (../shared/labels) paired with runs built from their expected listings, matched to
/// INDEX.tsv rows by path. Listings carry no observation text, so observation-based signals stay silent here.
/// </summary>
public static class LabelledRuns
{
    private static readonly Lazy<IReadOnlyList<(FailureLabel Label, Run Run)>> Pairs = new(Load);

    public static IReadOnlyList<(FailureLabel Label, Run Run)> All => Pairs.Value;

    public static string LabelsFolder => Path.Combine(Path.GetDirectoryName(Corpus.Root)!, "labels");

    private static IReadOnlyList<(FailureLabel, Run)> Load()
    {
        var index = ExpectedIndex.All.ToDictionary(r => r.Path, StringComparer.Ordinal);
        return [.. LabelReader.ReadFolder(LabelsFolder).Select(l => (l, ListingRuns.FromExpected(index[l.Path])))];
    }
}
