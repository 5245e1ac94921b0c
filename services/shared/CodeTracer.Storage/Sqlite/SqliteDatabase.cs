using Microsoft.Data.Sqlite;

namespace CodeTracer.Storage.Sqlite;

/// <summary>
/// The one database file. Each operation opens a pooled connection, so repositories are safe to share across
/// threads; the schema is created on the first open.
/// </summary>
public sealed class SqliteDatabase : IStorageInitializer
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Writers from several consumers wait for the lock instead of failing with SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

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

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = SqliteSchema.Create;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
