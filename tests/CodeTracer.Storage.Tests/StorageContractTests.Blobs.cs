using System.Text;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    private static readonly byte[] Artifact = Encoding.UTF8.GetBytes("{\"type\":\"assistant\"}\n");

    // SHA-256 of Artifact, computed outside .NET (sha256sum) so the key format is pinned, not just self-consistent.
    private const string ArtifactKey = "8ca5d886b63abf80e5a6d5c39f3eaa713e348b4506b1f51e238586b432ab2c05";

    [SkippableFact]
    public async Task PuttingTheSameBytesTwiceGivesOneKeyAndOneBlob()
    {
        var first = await Store.Blobs.PutAsync(new MemoryStream(Artifact), Ct);
        var second = await Store.Blobs.PutAsync(new MemoryStream(Artifact), Ct);

        Assert.Equal(ArtifactKey, first);
        Assert.Equal(first, second);
        Assert.Equal(1, await Store.CountBlobsAsync());
    }

    [SkippableFact]
    public async Task ABlobReadsBackByteForByte()
    {
        var key = await Store.Blobs.PutAsync(new MemoryStream(Artifact), Ct);

        await using var stream = await Store.Blobs.GetAsync(key, Ct);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy, Ct);

        Assert.Equal(Artifact, copy.ToArray());
        Assert.True(await Store.Blobs.ExistsAsync(key, Ct));
    }

    [SkippableFact]
    public async Task DifferentBytesGetDifferentKeys()
    {
        var one = await Store.Blobs.PutAsync(new MemoryStream(Artifact), Ct);
        var other = await Store.Blobs.PutAsync(new MemoryStream([]), Ct);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", other);
        Assert.NotEqual(one, other);
        Assert.Equal(2, await Store.CountBlobsAsync());
    }

    [SkippableFact]
    public async Task AMissingBlobIsNullAndDoesNotExist()
    {
        Assert.Null(await Store.Blobs.GetAsync(ArtifactKey, Ct));
        Assert.False(await Store.Blobs.ExistsAsync(ArtifactKey, Ct));
    }

    [SkippableFact]
    public async Task AKeyThatIsNotAHashIsRefused()
    {
        var blobs = Store.Blobs;
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.GetAsync("../../etc/passwd", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.ExistsAsync(ArtifactKey.ToUpperInvariant(), Ct));
    }
}
