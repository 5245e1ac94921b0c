using CodeTracer.Extract;
using CodeTracer.Localize.Evaluation;
using CodeTracer.Testing;

namespace CodeTracer.Localize.Tests.Evaluation;

/// <summary>
/// The labelled failed runs (../shared/labels) paired with the real runs they describe, read from the corpus with
/// the extract service's RunReader (observations included), as <c>codetracer eval</c> reads them.
/// </summary>
public static class LabelledRuns
{
    private static readonly Lazy<IReadOnlyList<LabelledRun>> Pairs = new(Load);

    public static IReadOnlyList<LabelledRun> All => Pairs.Value;

    public static string LabelsFolder => Path.Combine(Path.GetDirectoryName(Corpus.Root)!, "labels");

    private static IReadOnlyList<LabelledRun> Load()
    {
        var reader = RunReader.CreateDefault();
        var missing = new List<string>();
        var pairs = LabelledRunLoader.Load(LabelReader.ReadFolder(LabelsFolder), Corpus.Root, p => reader.Read(p).Runs, missing);
        return missing.Count == 0 ? pairs : throw new InvalidOperationException(string.Join("\n", missing));
    }
}
