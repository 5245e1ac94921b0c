namespace CodeTracer.Extract.Input.Archives;

/// <summary>Creates the file an entry unpacks to, never over something an earlier entry already wrote.</summary>
internal static class ArchiveFiles
{
    public static FileStream Create(string name, string target)
    {
        // A second entry of the same name would silently replace the first one's content; refuse it instead.
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new ArchiveRejectedException($"entry '{name}' would overwrite an entry unpacked before it");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return new FileStream(target, FileMode.CreateNew, FileAccess.Write);
    }
}
