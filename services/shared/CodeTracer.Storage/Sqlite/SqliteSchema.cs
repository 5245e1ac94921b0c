namespace CodeTracer.Storage.Sqlite;

/// <summary>
/// The tables, one per area. Bodies are JSON text; only what is filtered or sorted on gets a column. Times are
/// Unix milliseconds so they sort as numbers and match what Mongo's date type keeps.
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS runs (
            run_id TEXT NOT NULL PRIMARY KEY,
            content_hash TEXT NOT NULL,
            status TEXT NOT NULL,
            format TEXT NULL,
            file_name TEXT NULL,
            blob_key TEXT NULL,
            created_ms INTEGER NOT NULL,
            run_json TEXT NULL,
            UNIQUE (run_id, content_hash));
        CREATE INDEX IF NOT EXISTS runs_by_created ON runs (created_ms DESC, run_id);
        CREATE TABLE IF NOT EXISTS steps (
            run_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            step_json TEXT NOT NULL,
            PRIMARY KEY (run_id, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS trees (
            run_id TEXT NOT NULL PRIMARY KEY,
            content_hash TEXT NOT NULL,
            tree_json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS diagnoses (
            run_id TEXT NOT NULL PRIMARY KEY,
            content_hash TEXT NOT NULL,
            diagnosis_json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS extractor_specs (
            spec_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL,
            created_ms INTEGER NOT NULL,
            PRIMARY KEY (spec_id, version)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS memory (
            framework TEXT NOT NULL,
            key TEXT NOT NULL,
            relevance REAL NOT NULL,
            occurrences INTEGER NOT NULL,
            entry_json TEXT NOT NULL,
            PRIMARY KEY (framework, key)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS memory_by_rank ON memory (framework, relevance DESC, occurrences DESC, key);
        CREATE TABLE IF NOT EXISTS dead_letters (
            id TEXT NOT NULL PRIMARY KEY,
            failed_ms INTEGER NOT NULL,
            letter_json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS dead_letters_by_failed ON dead_letters (failed_ms DESC, id);
        CREATE TABLE IF NOT EXISTS suspected_failures (
            run_id TEXT NOT NULL,
            step_id INTEGER NOT NULL,
            signal TEXT NOT NULL,
            suspicion_json TEXT NOT NULL,
            PRIMARY KEY (run_id, step_id, signal)) WITHOUT ROWID;
        """;
}
