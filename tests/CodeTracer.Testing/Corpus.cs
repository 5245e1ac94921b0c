namespace CodeTracer.Testing;

/// <summary>
/// The shared corpus of real third-party runs, found beside the repository (../shared/corpus) the way CI lays
/// it out. Tests read it in place and never write to it; damaged copies are made in a temporary folder.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("CODETRACER_CORPUS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "expected")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "../shared/corpus was not found above " + AppContext.BaseDirectory + "; set CODETRACER_CORPUS to its path.");
    }
}
