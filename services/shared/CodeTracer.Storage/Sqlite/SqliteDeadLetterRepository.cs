using CodeTracer.Storage.Notifications;
using Microsoft.Data.Sqlite;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteDeadLetterRepository(SqliteDatabase database) : IDeadLetterRepository
{
    public async Task<bool> SaveAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var find = connection.Command("SELECT 1 FROM dead_letters WHERE id = $id", ("$id", letter.Id));
        var existed = await find.ExecuteScalarAsync(cancellationToken) is not null;
        await using var write = connection.Command(
            "INSERT OR REPLACE INTO dead_letters (id, failed_ms, letter_json) VALUES ($id, $failed, $json)",
            ("$id", letter.Id),
            ("$failed", letter.FailedAt.ToMs()),
            ("$json", SqliteJson.Write(letter with { FailedAt = SqliteCommands.FromMs(letter.FailedAt.ToMs()) })));
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return !existed;
    }

    public async Task<Page<DeadLetter>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM dead_letters");
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        await using var command = connection.Command(
            "SELECT letter_json FROM dead_letters ORDER BY failed_ms DESC, id LIMIT $take OFFSET $skip",
            ("$take", Math.Min(take, Page<DeadLetter>.MaxTake)),
            ("$skip", skip));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(SqliteJson.Read<DeadLetter>(reader.GetString(0)));
        }

        return new Page<DeadLetter>(items, total);
    }
}
