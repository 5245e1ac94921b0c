using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Mongo;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Sqlite;
using CodeTracer.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CodeTracer.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task TheSqliteProviderWritesOnlyUnderTheConfiguredFolders()
    {
        using var folder = new TempFolder();
        var options = new StorageOptions
        {
            SqlitePath = Path.Combine(folder.Path, "db", "codetracer.db"),
            BlobRoot = Path.Combine(folder.Path, "blobs"),
        };
        await using (var provider = new ServiceCollection().AddCodeTracerStorage(options).BuildServiceProvider())
        {
            Assert.IsType<SqliteRunRepository>(provider.GetRequiredService<IRunRepository>());
            Assert.IsType<SqliteMemoryRepository>(provider.GetRequiredService<IMemoryRepository>());
            await provider.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
            await provider.GetRequiredService<IBlobStore>().PutAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(["blobs", "db"], Directory.GetDirectories(folder.Path).Select(Path.GetFileName).Order());
        Assert.True(File.Exists(options.SqlitePath));
    }

    [Fact]
    public async Task TheMongoProviderResolvesWithoutConnecting()
    {
        var options = new StorageOptions { Provider = StorageProvider.Mongo, MongoUri = "mongodb://127.0.0.1:1", MongoDatabase = "unused" };
        await using var provider = new ServiceCollection().AddCodeTracerStorage(options).BuildServiceProvider();

        Assert.IsType<MongoRunRepository>(provider.GetRequiredService<IRunRepository>());
        Assert.IsType<MongoStepRepository>(provider.GetRequiredService<IStepRepository>());
        Assert.IsType<MongoGridFsBlobStore>(provider.GetRequiredService<IBlobStore>());
        Assert.IsType<MongoContext>(provider.GetRequiredService<IStorageInitializer>());
    }

    [Fact]
    public void TheMongoProviderNeedsAUri() =>
        Assert.Throws<ArgumentException>(
            () => new ServiceCollection().AddCodeTracerStorage(new StorageOptions { Provider = StorageProvider.Mongo }));

    [Fact]
    public void TheDefaultsLiveInTheDataFolderNotTheWorkingFolder()
    {
        var options = new StorageOptions();

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.StartsWith(StorageOptions.DefaultDataFolder, options.SqlitePath, StringComparison.Ordinal);
        Assert.StartsWith(StorageOptions.DefaultDataFolder, options.BlobRoot, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(StorageOptions.DefaultDataFolder));
    }
}
