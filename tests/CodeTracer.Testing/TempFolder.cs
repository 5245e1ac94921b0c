namespace CodeTracer.Testing;

/// <summary>A temporary folder for damaged copies of corpus files; deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "codetracer-tests", Guid.NewGuid().ToString("N"));

    public string Write(string relative, string content)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    /// <summary>Copies a corpus file or folder here, keeping its relative layout, and returns the copy's path.</summary>
    public string CopyFromCorpus(string relative)
    {
        var source = Corpus.PathOf(relative);
        var target = System.IO.Path.Combine(Path, relative);
        if (File.Exists(source))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return target;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that still holds a file open must not fail the run over clean-up.
        }
    }
}
