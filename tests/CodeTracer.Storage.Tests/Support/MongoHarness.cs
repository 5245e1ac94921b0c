using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Extractors;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Mongo;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Signals;
using CodeTracer.Storage.Trees;
using MongoDB.Bson;
using MongoDB.Driver;

namespace CodeTracer.Storage.Tests.Support;

/// <summary>A database of its own per test on the shared server, dropped afterwards.</summary>
public sealed class MongoHarness : IStorageHarness
{
    private readonly MongoContext _context;

    public MongoHarness(string uri)
    {
        _context = new MongoContext(uri, "codetracer_test_" + Guid.NewGuid().ToString("N"));
        Runs = new MongoRunRepository(_context);
        Steps = new MongoStepRepository(_context);
        Blobs = new MongoGridFsBlobStore(_context);
        Trees = new MongoTreeRepository(_context);
        Diagnoses = new MongoDiagnosisRepository(_context);
        Specs = new MongoExtractorSpecRepository(_context);
        Memory = new MongoMemoryRepository(_context);
        DeadLetters = new MongoDeadLetterRepository(_context);
        Suspicions = new MongoSuspectedFailureRepository(_context);
    }

    public IRunRepository Runs { get; }
    public IStepRepository Steps { get; }
    public IBlobStore Blobs { get; }
    public ITreeRepository Trees { get; }
    public IDiagnosisRepository Diagnoses { get; }
    public IExtractorSpecRepository Specs { get; }
    public IMemoryRepository Memory { get; }
    public IDeadLetterRepository DeadLetters { get; }
    public ISuspectedFailureRepository Suspicions { get; }

    public async Task<int> CountBlobsAsync()
    {
        var files = _context.Database.GetCollection<BsonDocument>("blobs.files");
        var stored = Builders<BsonDocument>.Filter.Not(Builders<BsonDocument>.Filter.Regex("filename", "^pending-"));
        return (int)await files.CountDocumentsAsync(stored);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.Database.Client.DropDatabaseAsync(_context.Database.DatabaseNamespace.DatabaseName);
        _context.Dispose();
    }
}
