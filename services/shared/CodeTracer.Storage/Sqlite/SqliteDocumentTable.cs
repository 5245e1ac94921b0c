namespace CodeTracer.Storage.Sqlite;

/// <summary>
/// Trees and diagnoses have the same shape: one JSON body per run, replaced on save. One helper, two tables.
/// </summary>
internal sealed class SqliteDocumentTable<T>(SqliteDatabase database, string table, string column)
{
    public async Task SaveAsync(string runId, string contentHash, T value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"INSERT INTO {table} (run_id, content_hash, {column}) VALUES ($id, $hash, $json) " +
            $"ON CONFLICT (run_id) DO UPDATE SET content_hash = excluded.content_hash, {column} = excluded.{column}",
            ("$id", runId),
            ("$hash", contentHash),
            ("$json", SqliteJson.Write(value)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {column} FROM {table} WHERE run_id = $id", ("$id", runId));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? SqliteJson.Read<T>(json) : default;
    }
}
