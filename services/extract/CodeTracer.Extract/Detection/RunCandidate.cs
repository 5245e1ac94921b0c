namespace CodeTracer.Extract.Detection;

/// <summary>
/// An input that may be a run: a single file, or a folder that may be a run folder (a terminal-bench or Harbor
/// trial, a mini-SWE-agent instance folder). Detection looks only at file names and the head of files.
/// </summary>
public sealed class RunCandidate
{
    private const int HeadBytes = 64 * 1024;
    private readonly Dictionary<string, string> _heads = new(StringComparer.Ordinal);

    private RunCandidate(string path, bool isDirectory)
    {
        Path = path;
        IsDirectory = isDirectory;
    }

    /// <summary>The file or folder, as the user named it (joined with what discovery found under it).</summary>
    public string Path { get; }

    public bool IsDirectory { get; }

    public static RunCandidate ForFile(string path) => new(path, isDirectory: false);

    public static RunCandidate ForDirectory(string path) => new(path, isDirectory: true);

    /// <summary>The file name for a file candidate, the folder name for a folder.</summary>
    public string Name => System.IO.Path.GetFileName(Path.TrimEnd(System.IO.Path.DirectorySeparatorChar));

    /// <summary>A file inside a folder candidate (or the candidate itself for "").</summary>
    public string Resolve(string relative) => relative.Length == 0 ? Path : System.IO.Path.Combine(Path, relative);

    public bool Exists(string relative) => File.Exists(Resolve(relative));

    /// <summary>The first 64 KiB of a file as UTF-8 text ("" when it is missing or unreadable), cached.</summary>
    public string Head(string relative = "")
    {
        var file = Resolve(relative);
        if (_heads.TryGetValue(file, out var cached))
        {
            return cached;
        }

        var text = ReadHead(file);
        _heads[file] = text;
        return text;
    }

    private static string ReadHead(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[HeadBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
