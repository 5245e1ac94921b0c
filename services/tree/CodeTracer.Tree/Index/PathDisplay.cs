namespace CodeTracer.Tree.Index;

/// <summary>
/// Shortens paths for the index: the folder all absolute paths share (/testbed/, /workspace/repo/) is said once
/// in the header, and a path still too long keeps its tail, which names the file.
/// </summary>
internal sealed class PathDisplay
{
    public PathDisplay(IEnumerable<string> paths)
    {
        var absolute = paths.Where(p => p.StartsWith('/')).Distinct(StringComparer.Ordinal).ToList();
        Root = absolute.Count == 0 ? "" : CommonFolder(absolute);
    }

    public string Root { get; }

    public string Show(string path, int max)
    {
        var p = Root.Length > 0 && path.StartsWith(Root, StringComparison.Ordinal) ? path[Root.Length..] : path;
        return p.Length <= max ? p : "…" + p[^(max - 1)..];
    }

    private static string CommonFolder(List<string> paths)
    {
        var prefix = paths[0];
        foreach (var p in paths.Skip(1))
        {
            var n = 0;
            while (n < prefix.Length && n < p.Length && prefix[n] == p[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        var slash = prefix.LastIndexOf('/');
        return slash <= 0 ? "" : prefix[..(slash + 1)];
    }
}
