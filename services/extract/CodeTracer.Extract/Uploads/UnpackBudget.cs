namespace CodeTracer.Extract.Uploads;

/// <summary>Counts entries and bytes while unpacking and keeps every destination inside the target folder.</summary>
internal sealed class UnpackBudget(ArchiveLimits limits, string root)
{
    private readonly string _rootWithSeparator = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
    private int _entries;
    private long _bytes;

    /// <summary>Why the entry is refused, or null with its destination inside the target folder.</summary>
    public string? Admit(string name, out string destination)
    {
        destination = Path.GetFullPath(Path.Combine(root, name.Replace('\\', '/')));
        if (!destination.StartsWith(_rootWithSeparator, StringComparison.Ordinal) && destination != root)
        {
            return $"the archive entry '{name}' points outside the archive; repack it with relative paths only";
        }

        return ++_entries > limits.MaxEntries
            ? $"the archive holds more than {limits.MaxEntries} entries; upload one run at a time"
            : null;
    }

    public string? Copy(Stream source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        using var target = new FileStream(destination, FileMode.Create, FileAccess.Write);
        var buffer = new byte[81920];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            _bytes += read;
            if (_bytes > limits.MaxTotalBytes)
            {
                return $"the archive unpacks to more than {limits.MaxTotalBytes / (1 << 20)} MiB; upload one run at a time";
            }

            target.Write(buffer, 0, read);
        }

        return null;
    }
}
