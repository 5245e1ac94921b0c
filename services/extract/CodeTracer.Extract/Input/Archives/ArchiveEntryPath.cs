namespace CodeTracer.Extract.Input.Archives;

/// <summary>
/// Checks an entry name (or a link target) before anything is written: absolute paths, drive letters and any
/// <c>..</c> segment are refused outright, and the resolved path must still lie inside the destination.
/// </summary>
internal static class ArchiveEntryPath
{
    /// <summary>The full path the entry may be written to; throws when the name would leave <paramref name="root"/>.</summary>
    public static string Resolve(string root, string entryName)
    {
        var name = entryName.Replace('\\', '/');
        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
        {
            throw new ArchiveRejectedException($"entry '{entryName}' has an absolute path");
        }

        if (name.Split('/').Any(part => part == ".."))
        {
            throw new ArchiveRejectedException($"entry '{entryName}' climbs out with '..'");
        }

        var full = Path.GetFullPath(Path.Combine(root, name));
        if (!IsInside(root, full))
        {
            throw new ArchiveRejectedException($"entry '{entryName}' resolves outside the folder it is unpacked into");
        }

        return full;
    }

    /// <summary>Where a link entry points, resolved from the link's own folder; throws when that is outside.</summary>
    public static string LinkTarget(string root, string entryName, string target, bool relativeToEntry)
    {
        var normalized = target.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':'))
        {
            throw new ArchiveRejectedException($"link '{entryName}' points to an absolute path '{target}'");
        }

        var from = relativeToEntry ? Path.GetDirectoryName(Path.Combine(root, entryName.Replace('\\', '/')))! : root;
        var full = Path.GetFullPath(Path.Combine(from, normalized));
        if (!IsInside(root, full))
        {
            throw new ArchiveRejectedException($"link '{entryName}' points outside the archive ('{target}')");
        }

        return full;
    }

    private static bool IsInside(string root, string full) =>
        full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
