using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Signals;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace CodeTracer.Storage.Mongo;

/// <summary>
/// The database and its collections. Constructing it does not connect (the driver connects on first use);
/// the indexes are created on the first operation or when a host calls <see cref="InitializeAsync"/>.
/// </summary>
public sealed class MongoContext : IStorageInitializer, IDisposable
{
    private readonly MongoClient _client;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public MongoContext(string uri, string databaseName)
    {
        MongoMappings.Register();
        _client = new MongoClient(uri);
        Database = _client.GetDatabase(databaseName);
    }

    public IMongoDatabase Database { get; }

    internal IMongoCollection<RunDocument> Runs => Database.GetCollection<RunDocument>("runs");

    internal IMongoCollection<StepDocument> Steps => Database.GetCollection<StepDocument>("steps");

    internal IMongoCollection<RunBodyDocument<TraceTree>> Trees => Database.GetCollection<RunBodyDocument<TraceTree>>("trees");

    internal IMongoCollection<RunBodyDocument<Diagnosis>> Diagnoses => Database.GetCollection<RunBodyDocument<Diagnosis>>("diagnoses");

    internal IMongoCollection<ExtractorSpecDocument> ExtractorSpecs => Database.GetCollection<ExtractorSpecDocument>("extractor_specs");

    internal IMongoCollection<MemoryEntry> Memory => Database.GetCollection<MemoryEntry>("memory");

    internal IMongoCollection<DeadLetter> DeadLetters => Database.GetCollection<DeadLetter>("dead_letters");

    internal IMongoCollection<SuspectedFailure> SuspectedFailures => Database.GetCollection<SuspectedFailure>("suspected_failures");

    /// <summary>
    /// Raw artifacts live in GridFS so every replica of every service sees them without a shared disk. One
    /// bucket per context: a bucket checks its indexes once per instance, so a new one per call would re-check.
    /// </summary>
    internal GridFSBucket Blobs => field ??= new GridFSBucket(Database, new GridFSBucketOptions { BucketName = "blobs" });

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ready)
            {
                return;
            }

            // Creating an index that already exists with the same definition is a no-op on the server.
            await Runs.Indexes.CreateManyAsync(MongoIndexes.Runs, cancellationToken);
            await Steps.Indexes.CreateManyAsync(MongoIndexes.Steps, cancellationToken);
            await ExtractorSpecs.Indexes.CreateManyAsync(MongoIndexes.ExtractorSpecs, cancellationToken);
            await Memory.Indexes.CreateManyAsync(MongoIndexes.Memory, cancellationToken);
            await DeadLetters.Indexes.CreateManyAsync(MongoIndexes.DeadLetters, cancellationToken);
            await SuspectedFailures.Indexes.CreateManyAsync(MongoIndexes.SuspectedFailures, cancellationToken);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _gate.Dispose();
    }
}
