namespace CodeTracer.Extract.Input.Archives;

/// <summary>An archive unpacked into its private temp folder; disposing deletes the folder.</summary>
public sealed class UnpackedArchive(string archive, string folder) : IDisposable
{
    public string Archive { get; } = archive;

    public string Folder { get; } = folder;

    public IReadOnlyList<string> Notes { get; internal set; } = [];

    /// <summary>How users see a path inside: <c>run.tar.gz!/inner/path</c>.</summary>
    public string Display(string path)
    {
        var full = Path.GetFullPath(path);
        if (full == Folder)
        {
            return Archive;
        }

        return full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Archive + "!/" + Path.GetRelativePath(Folder, full).Replace('\\', '/')
            : path;
    }

    /// <summary>Rewrites every temp path in a text (a run path, a FILE#ID, an error message) to its display form.</summary>
    public string DisplayIn(string text) =>
        text.Replace(Folder + Path.DirectorySeparatorChar, Archive + "!/", StringComparison.Ordinal).Replace(Folder, Archive, StringComparison.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
