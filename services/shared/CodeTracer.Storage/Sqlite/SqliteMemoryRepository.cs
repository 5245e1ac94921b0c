using CodeTracer.Storage.Memory;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteMemoryRepository(SqliteDatabase database) : IMemoryRepository
{
    public async Task<bool> UpsertAsync(MemoryEntry entry, CancellationToken cancellationToken)
    {
        // Normalised here so a read gives back what Mongo's millisecond dates would.
        entry = entry with { UpdatedAt = SqliteCommands.FromMs(entry.UpdatedAt.ToMs()) };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var exists = connection.Command(
            "SELECT COUNT(*) FROM memory WHERE framework = $framework AND key = $key",
            ("$framework", entry.Framework),
            ("$key", entry.Key));
        var isNew = (long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0;
        await using var write = connection.Command(
            "INSERT INTO memory (framework, key, relevance, occurrences, entry_json) VALUES ($framework, $key, $relevance, $occurrences, $json) " +
            "ON CONFLICT (framework, key) DO UPDATE SET relevance = excluded.relevance, occurrences = excluded.occurrences, entry_json = excluded.entry_json",
            ("$framework", entry.Framework),
            ("$key", entry.Key),
            ("$relevance", entry.Relevance),
            ("$occurrences", entry.Occurrences),
            ("$json", SqliteJson.Write(entry)));
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return isNew;
    }

    public async Task<MemoryEntry?> GetAsync(string framework, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT entry_json FROM memory WHERE framework = $framework AND key = $key",
            ("$framework", framework),
            ("$key", key));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? SqliteJson.Read<MemoryEntry>(json) : null;
    }

    public async Task<IReadOnlyList<MemoryEntry>> ListTopAsync(string framework, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT entry_json FROM memory WHERE framework = $framework ORDER BY relevance DESC, occurrences DESC, key LIMIT $count",
            ("$framework", framework),
            ("$count", Math.Min(count, IMemoryRepository.MaxTop)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<MemoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(SqliteJson.Read<MemoryEntry>(reader.GetString(0)));
        }

        return entries;
    }

    public async Task<IReadOnlyList<string>> ListFrameworksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT DISTINCT framework FROM memory");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var frameworks = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            frameworks.Add(reader.GetString(0));
        }

        // Sorted here, not by SQL: SQLite's byte order and .NET's ordinal order differ past the BMP, and Mongo sorts here too.
        frameworks.Sort(StringComparer.Ordinal);
        return frameworks;
    }
}
