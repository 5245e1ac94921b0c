namespace CodeTracer.Bench;

/// <summary>The shared corpus (CODETRACER_CORPUS, else a shared/corpus folder above the working directory) and its index.</summary>
public static class BenchCorpus
{
    public static string Root { get; } = Find();

    /// <summary>The run paths of one format, as INDEX.tsv lists them (FILE#ID rows collapse to their file).</summary>
    public static IReadOnlyList<string> RunsOf(string format) =>
    [
        .. File.ReadLines(Path.Combine(Root, "expected", "INDEX.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f.Length > 3 && f[3] == format)
            .Select(f => Path.Combine(Root, f[2].Split('#')[0])).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Bytes of the files under the runs, for MB/s.</summary>
    public static long BytesOf(IEnumerable<string> runs) => runs.Sum(r => File.Exists(r)
        ? new FileInfo(r).Length
        : Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length));

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("CODETRACER_CORPUS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "expected")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("shared/corpus not found above the working directory; set CODETRACER_CORPUS.");
    }
}
