using CodeTracer.Storage.Blobs;
using CodeTracer.Testing;

namespace CodeTracer.Storage.Tests.Blobs;

public sealed class FileSystemBlobStoreTests
{
    [Fact]
    public async Task ABlobLandsUnderItsKeyAndLeavesNoTempFileBehind()
    {
        using var folder = new TempFolder();
        var store = new FileSystemBlobStore(folder.Path);

        var key = await store.PutAsync(new MemoryStream([]), CancellationToken.None);
        await store.PutAsync(new MemoryStream([]), CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(folder.Path, "sha256", "e3", key)));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, ".incoming")));
    }
}
