using CodeTracer.Extract.Specs;
using CodeTracer.Storage;
using CodeTracer.Storage.Sqlite;

namespace CodeTracer.Cli.Commands.Extractors;

/// <summary>The stored specs the CLI sees: the embedded SQLite store at its default place, or the one --store names.</summary>
public static class SpecStore
{
    public static StoredSpecs Open(string? storePath) =>
        new(new SqliteExtractorSpecRepository(new SqliteDatabase(storePath ?? new StorageOptions().SqlitePath)));
}
