using CodeTracer.Storage.Blobs;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace CodeTracer.Storage.Mongo;

/// <summary>
/// Blobs in GridFS under their key as file name. The bytes are uploaded under a pending name while they are
/// hashed (no local temp copy, so a worker needs no disk) and renamed to the key once it is known.
/// </summary>
public sealed class MongoGridFsBlobStore(MongoContext context) : IBlobStore
{
    private const string PendingPrefix = "pending-";

    public async Task<string> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var bucket = context.Blobs;
        using var upload = await bucket.OpenUploadStreamAsync(PendingPrefix + Guid.NewGuid().ToString("N"), cancellationToken: cancellationToken);
        string key;
        try
        {
            key = await BlobKeys.CopyAndHashAsync(content, upload, cancellationToken);
            await upload.CloseAsync(cancellationToken);
        }
        catch
        {
            await upload.AbortAsync(CancellationToken.None);
            throw;
        }

        // Two concurrent puts of the same bytes may both rename; the copies are identical, so either serves.
        if (await ExistsAsync(key, cancellationToken))
        {
            await bucket.DeleteAsync(upload.Id, cancellationToken);
        }
        else
        {
            await bucket.RenameAsync(upload.Id, key, cancellationToken);
        }

        return key;
    }

    public async Task<Stream?> GetAsync(string key, CancellationToken cancellationToken)
    {
        BlobKeys.Require(key);
        try
        {
            return await context.Blobs.OpenDownloadStreamByNameAsync(key, cancellationToken: cancellationToken);
        }
        catch (GridFSFileNotFoundException)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        BlobKeys.Require(key);
        var filter = Builders<GridFSFileInfo>.Filter.Eq(f => f.Filename, key);
        using var cursor = await context.Blobs.FindAsync(filter, new GridFSFindOptions { Limit = 1 }, cancellationToken);
        return await cursor.AnyAsync(cancellationToken);
    }
}
