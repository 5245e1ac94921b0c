namespace CodeTracer.Testing;

/// <summary>The checkout the tests were built from (the folder that holds CodeTracer.sln).</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CodeTracer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CodeTracer.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);
}
