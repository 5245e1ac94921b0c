using CodeTracer.Storage.Blobs;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Extractors;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Notifications;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Signals;
using CodeTracer.Storage.Sqlite;
using CodeTracer.Storage.Trees;
using CodeTracer.Testing;
using Microsoft.Data.Sqlite;

namespace CodeTracer.Storage.Tests.Support;

/// <summary>A fresh database file and blob folder in a temp folder per test.</summary>
public sealed class SqliteHarness : IStorageHarness
{
    private readonly TempFolder _folder = new();

    public SqliteHarness()
    {
        var database = new SqliteDatabase(Path.Combine(_folder.Path, "data", "codetracer.db"));
        BlobRoot = Path.Combine(_folder.Path, "data", "blobs");
        Runs = new SqliteRunRepository(database);
        Steps = new SqliteStepRepository(database);
        Blobs = new FileSystemBlobStore(BlobRoot);
        Trees = new SqliteTreeRepository(database);
        Diagnoses = new SqliteDiagnosisRepository(database);
        Specs = new SqliteExtractorSpecRepository(database);
        Memory = new SqliteMemoryRepository(database);
        DeadLetters = new SqliteDeadLetterRepository(database);
        Suspicions = new SqliteSuspectedFailureRepository(database);
    }

    public string BlobRoot { get; }
    public IRunRepository Runs { get; }
    public IStepRepository Steps { get; }
    public IBlobStore Blobs { get; }
    public ITreeRepository Trees { get; }
    public IDiagnosisRepository Diagnoses { get; }
    public IExtractorSpecRepository Specs { get; }
    public IMemoryRepository Memory { get; }
    public IDeadLetterRepository DeadLetters { get; }
    public ISuspectedFailureRepository Suspicions { get; }

    public Task<int> CountBlobsAsync()
    {
        var stored = Path.Combine(BlobRoot, "sha256");
        return Task.FromResult(Directory.Exists(stored) ? Directory.GetFiles(stored, "*", SearchOption.AllDirectories).Length : 0);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
