namespace CodeTracer.Extract.Input.Archives;

/// <summary>Counts entries and bytes as they are written; sizes are counted from the data, not trusted from headers.</summary>
internal sealed class ArchiveBudget(ArchiveLimits limits)
{
    private int _entries;
    private long _total;

    public void CountEntry(string name)
    {
        if (++_entries > limits.MaxEntries)
        {
            throw new ArchiveRejectedException($"more than {limits.MaxEntries} entries (at '{name}')");
        }
    }

    public void CheckDeclaredSize(string name, long size)
    {
        if (size > limits.MaxEntryBytes)
        {
            throw new ArchiveRejectedException($"entry '{name}' is {size} bytes, over the {limits.MaxEntryBytes}-byte limit per entry");
        }
    }

    /// <summary>Copies an entry's data, stopping as soon as a limit is crossed (a header may lie about the size).</summary>
    public void Copy(string name, Stream from, Stream to)
    {
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            written += read;
            _total += read;
            if (written > limits.MaxEntryBytes)
            {
                throw new ArchiveRejectedException($"entry '{name}' unpacks to more than the {limits.MaxEntryBytes}-byte limit per entry");
            }

            if (_total > limits.MaxTotalBytes)
            {
                throw new ArchiveRejectedException($"the archive unpacks to more than the {limits.MaxTotalBytes}-byte limit (at '{name}')");
            }

            to.Write(buffer, 0, read);
        }
    }
}
