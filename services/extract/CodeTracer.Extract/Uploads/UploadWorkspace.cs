using CodeTracer.Storage.Blobs;

namespace CodeTracer.Extract.Uploads;

/// <summary>
/// A private temp folder per message: the blob is copied in under the uploaded name (extractors recognise some
/// formats by name), archives are unpacked beside it, and everything is deleted afterwards. The user's input
/// is never read in place or written to.
/// </summary>
public sealed class UploadWorkspace : IDisposable
{
    private UploadWorkspace(string root) => Root = root;

    public string Root { get; }

    public string UnpackFolder => Path.Combine(Root, "unpacked");

    public static UploadWorkspace Create() =>
        new(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "codetracer-extract", Guid.NewGuid().ToString("N"))).FullName);

    /// <summary>Copies the blob in and returns the local file, or null when the store has no such blob.</summary>
    public async Task<string?> FetchAsync(IBlobStore blobs, string key, string fileName, CancellationToken cancellationToken)
    {
        await using var source = await blobs.GetAsync(key, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var folder = Directory.CreateDirectory(Path.Combine(Root, "upload")).FullName;
        var file = Path.Combine(folder, SafeName(fileName));
        await using var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await source.CopyToAsync(target, cancellationToken);
        return file;
    }

    /// <summary>The last segment of the uploaded name, without anything a file system would read as a path.</summary>
    public static string SafeName(string fileName)
    {
        var name = fileName.Replace('\\', '/').Split('/').LastOrDefault(s => s.Length > 0) ?? "";
        name = string.Concat(name.Where(c => !Path.GetInvalidFileNameChars().Contains(c)));
        return name is "" or "." or ".." ? "upload" : name;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder must not fail a run that was otherwise handled; the OS cleans /tmp.
        }
    }
}
