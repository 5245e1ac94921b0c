namespace CodeTracer.Storage.Blobs;

/// <summary>
/// Raw artifacts, content-addressed: the key is the SHA-256 of the bytes in lowercase hex (the same string as
/// the run's content hash), so the same bytes are stored once whatever name they come under.
/// </summary>
public interface IBlobStore
{
    /// <summary>Reads <paramref name="content"/> to its end and returns its key.</summary>
    Task<string> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>A readable stream the caller disposes, or null when no blob has that key.</summary>
    Task<Stream?> GetAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);
}
