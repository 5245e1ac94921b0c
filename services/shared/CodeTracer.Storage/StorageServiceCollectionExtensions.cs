using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Extractors;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Mongo;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Signals;
using CodeTracer.Storage.Sqlite;
using CodeTracer.Storage.Trees;
using Microsoft.Extensions.DependencyInjection;

namespace CodeTracer.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every repository, the blob store and <see cref="IStorageInitializer"/> for the chosen provider,
    /// all as singletons: the repositories hold no state but the shared connection pool.
    /// </summary>
    public static IServiceCollection AddCodeTracerStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => services.AddSqlite(options),
            StorageProvider.Mongo => services.AddMongo(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider."),
        };
    }

    private static IServiceCollection AddSqlite(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(new SqliteDatabase(options.SqlitePath));
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IRunRepository, SqliteRunRepository>();
        services.AddSingleton<IStepRepository, SqliteStepRepository>();
        services.AddSingleton<ITreeRepository, SqliteTreeRepository>();
        services.AddSingleton<IDiagnosisRepository, SqliteDiagnosisRepository>();
        services.AddSingleton<IExtractorSpecRepository, SqliteExtractorSpecRepository>();
        services.AddSingleton<IMemoryRepository, SqliteMemoryRepository>();
        services.AddSingleton<IDeadLetterRepository, SqliteDeadLetterRepository>();
        services.AddSingleton<ISuspectedFailureRepository, SqliteSuspectedFailureRepository>();
        services.AddSingleton<IBlobStore>(new FileSystemBlobStore(options.BlobRoot));
        return services;
    }

    private static IServiceCollection AddMongo(this IServiceCollection services, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.MongoUri))
        {
            throw new ArgumentException("The Mongo storage provider needs MongoUri, e.g. mongodb://127.0.0.1:27017.", nameof(options));
        }

        // A factory, so the container owns the client and disposes it with the host.
        services.AddSingleton(_ => new MongoContext(options.MongoUri, options.MongoDatabase));
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<MongoContext>());
        services.AddSingleton<IRunRepository, MongoRunRepository>();
        services.AddSingleton<IStepRepository, MongoStepRepository>();
        services.AddSingleton<ITreeRepository, MongoTreeRepository>();
        services.AddSingleton<IDiagnosisRepository, MongoDiagnosisRepository>();
        services.AddSingleton<IExtractorSpecRepository, MongoExtractorSpecRepository>();
        services.AddSingleton<IMemoryRepository, MongoMemoryRepository>();
        services.AddSingleton<IDeadLetterRepository, MongoDeadLetterRepository>();
        services.AddSingleton<ISuspectedFailureRepository, MongoSuspectedFailureRepository>();
        services.AddSingleton<IBlobStore, MongoGridFsBlobStore>();
        return services;
    }
}
