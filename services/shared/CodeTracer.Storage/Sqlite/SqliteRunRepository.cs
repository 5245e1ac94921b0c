using CodeTracer.Contracts.Runs;
using CodeTracer.Storage.Runs;
using Microsoft.Data.Sqlite;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteRunRepository(SqliteDatabase database) : IRunRepository
{
    private const string Columns = "run_id, content_hash, status, format, file_name, blob_key, created_ms";

    public async Task<bool> UpsertAsync(RunRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // IMMEDIATE takes the write lock before the read, so two redeliveries cannot both see "absent".
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var find = connection.Command("SELECT content_hash FROM runs WHERE run_id = $id", ("$id", record.RunId));
        var stored = (string?)await find.ExecuteScalarAsync(cancellationToken);
        if (stored is not null && stored != record.ContentHash)
        {
            throw new InvalidOperationException(
                $"Run {record.RunId} is stored with content hash {stored}, not {record.ContentHash}.");
        }

        var sql = stored is null
            ? $"INSERT INTO runs ({Columns}) VALUES ($id, $hash, $status, $format, $file, $blob, $created)"
            : "UPDATE runs SET status = $status, format = $format, file_name = $file, blob_key = $blob WHERE run_id = $id";
        await using var write = connection.Command(
            sql,
            ("$id", record.RunId),
            ("$hash", record.ContentHash),
            ("$status", record.Status.ToString()),
            ("$format", record.Format),
            ("$file", record.FileName),
            ("$blob", record.BlobKey),
            ("$created", record.CreatedAt.ToMs()));
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored is null;
    }

    public async Task<RunRecord?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM runs WHERE run_id = $id", ("$id", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRecord(reader) : null;
    }

    public async Task<Page<RunRecord>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM runs");
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        await using var command = connection.Command(
            $"SELECT {Columns} FROM runs ORDER BY created_ms DESC, run_id LIMIT $take OFFSET $skip",
            ("$take", Math.Min(take, Page<RunRecord>.MaxTake)),
            ("$skip", skip));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<RunRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadRecord(reader));
        }

        return new Page<RunRecord>(items, total);
    }

    public async Task<bool> SaveRunAsync(string runId, string contentHash, Run run, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "UPDATE runs SET run_json = $json WHERE run_id = $id AND content_hash = $hash",
            ("$json", SqliteJson.Write(run)),
            ("$id", runId),
            ("$hash", contentHash));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<Run?> GetRunAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT run_json FROM runs WHERE run_id = $id", ("$id", runId));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? SqliteJson.Read<Run>(json) : null;
    }

    private static RunRecord ReadRecord(SqliteDataReader reader) => new()
    {
        RunId = reader.GetString(0),
        ContentHash = reader.GetString(1),
        Status = Enum.Parse<RunRecordStatus>(reader.GetString(2)),
        Format = reader.IsDBNull(3) ? null : reader.GetString(3),
        FileName = reader.IsDBNull(4) ? null : reader.GetString(4),
        BlobKey = reader.IsDBNull(5) ? null : reader.GetString(5),
        CreatedAt = SqliteCommands.FromMs(reader.GetInt64(6)),
    };
}
