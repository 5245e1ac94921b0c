namespace CodeTracer.Storage.Blobs;

/// <summary>
/// Blobs as files under <c>root/sha256/ab/abcd…</c>. Bytes land in <c>root/.incoming</c> first and are moved
/// into place once hashed, so a reader never sees a half-written blob and a crash leaves only temp files.
/// </summary>
public sealed class FileSystemBlobStore(string root) : IBlobStore
{
    private readonly string _incoming = Path.Combine(root, ".incoming");

    public string Root { get; } = root;

    public async Task<string> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_incoming);
        var temp = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
        string key;
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                key = await BlobKeys.CopyAndHashAsync(content, file, cancellationToken);
            }

            var target = PathOf(key);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(temp, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // A concurrent put of the same bytes won the move; its file is identical to ours.
                }
            }
        }
        finally
        {
            File.Delete(temp);
        }

        return key;
    }

    public Task<Stream?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    private string PathOf(string key)
    {
        BlobKeys.Require(key);
        return Path.Combine(Root, "sha256", key[..2], key);
    }
}
