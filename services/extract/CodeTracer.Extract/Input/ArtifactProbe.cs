namespace CodeTracer.Extract.Input;

/// <summary>
/// Recognises files that cannot hold a run whatever their format claims: empty files and Git LFS pointers
/// (the real content was never checked out). These are reported as such, never read as trajectories.
/// </summary>
public static class ArtifactProbe
{
    private const string LfsPointerStart = "version https://git-lfs.github.com/spec/";

    /// <summary>A reason the file holds no run content, or null when it may.</summary>
    public static string? Problem(string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            return "file not found";
        }

        if (info.Length == 0)
        {
            return "empty file (0 bytes): the run wrote nothing here";
        }

        // LFS pointers are tiny text files; don't read big files just to rule this out.
        if (info.Length < 1024)
        {
            var text = File.ReadAllText(file);
            if (text.StartsWith(LfsPointerStart, StringComparison.Ordinal))
            {
                var oid = text.Split('\n').FirstOrDefault(l => l.StartsWith("oid ", StringComparison.Ordinal))?[4..].Trim();
                var size = text.Split('\n').FirstOrDefault(l => l.StartsWith("size ", StringComparison.Ordinal))?[5..].Trim();
                return $"Git LFS pointer, not the content (oid {oid ?? "?"}, {size ?? "?"} bytes): fetch it with `git lfs pull`";
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return "file holds only white space: the run wrote nothing here";
            }
        }

        return null;
    }
}
