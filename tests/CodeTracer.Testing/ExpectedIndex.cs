using Xunit;

namespace CodeTracer.Testing;

/// <summary>corpus/expected/INDEX.tsv: every run of the corpus with its expected step count and outcome.</summary>
public static class ExpectedIndex
{
    private static readonly Lazy<IReadOnlyList<ExpectedRun>> Rows = new(Load);

    public static IReadOnlyList<ExpectedRun> All => Rows.Value;

    public static IEnumerable<ExpectedRun> OfFormat(params string[] formats) => All.Where(r => formats.Contains(r.Format));

    /// <summary>xunit MemberData rows (the run path) for the runs of the given formats.</summary>
    public static TheoryData<string> PathsOf(params string[] formats)
    {
        var data = new TheoryData<string>();
        foreach (var run in OfFormat(formats))
        {
            data.Add(run.Path);
        }

        return data;
    }

    public static ExpectedRun Get(string path) => All.Single(r => r.Path == path);

    private static IReadOnlyList<ExpectedRun> Load()
    {
        var lines = File.ReadAllLines(Corpus.PathOf("expected/INDEX.tsv"));
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => new ExpectedRun(
            f[0], f[1], f[2], f[3], int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture), f[6], f.Length > 7 ? f[7] : ""))];
    }
}
