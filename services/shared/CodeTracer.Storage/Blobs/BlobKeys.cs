using System.Buffers;
using System.Security.Cryptography;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Storage.Blobs;

/// <summary>Hashing while copying, and the key check that keeps a key from ever naming a path outside the store.</summary>
internal static class BlobKeys
{
    public static void Require(string key)
    {
        if (!RunIds.IsContentHash(key))
        {
            throw new ArgumentException($"'{key}' is not a blob key (a SHA-256 in lowercase hex).", nameof(key));
        }
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/> and returns the SHA-256 of what passed.</summary>
    public static async Task<string> CopyAndHashAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
