using CodeTracer.Storage.Extractors;
using Microsoft.Data.Sqlite;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteExtractorSpecRepository(SqliteDatabase database) : IExtractorSpecRepository
{
    private const string Select = "SELECT spec_id, version, json, created_ms FROM extractor_specs";

    public async Task<bool> SaveAsync(ExtractorSpec spec, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "INSERT OR IGNORE INTO extractor_specs (spec_id, version, json, created_ms) VALUES ($id, $version, $json, $created)",
            ("$id", spec.SpecId),
            ("$version", spec.Version),
            ("$json", spec.Json),
            ("$created", spec.CreatedAt.ToMs()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<ExtractorSpec?> GetAsync(string specId, int version, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} WHERE spec_id = $id AND version = $version", specId, version, cancellationToken);
        return found.FirstOrDefault();
    }

    public async Task<ExtractorSpec?> GetLatestAsync(string specId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} WHERE spec_id = $id ORDER BY version DESC LIMIT 1", specId, 0, cancellationToken);
        return found.FirstOrDefault();
    }

    public Task<IReadOnlyList<ExtractorSpec>> ListVersionsAsync(string specId, CancellationToken cancellationToken) =>
        QueryAsync($"{Select} WHERE spec_id = $id ORDER BY version", specId, 0, cancellationToken);

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT DISTINCT spec_id FROM extractor_specs");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        // Sorted here, not by SQL: SQLite's byte order and .NET's ordinal order differ past the BMP, and Mongo sorts here too.
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private async Task<IReadOnlyList<ExtractorSpec>> QueryAsync(string sql, string specId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql, ("$id", specId), ("$version", version));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var specs = new List<ExtractorSpec>();
        while (await reader.ReadAsync(cancellationToken))
        {
            specs.Add(Read(reader));
        }

        return specs;
    }

    private static ExtractorSpec Read(SqliteDataReader reader) => new()
    {
        SpecId = reader.GetString(0),
        Version = reader.GetInt32(1),
        Json = reader.GetString(2),
        CreatedAt = SqliteCommands.FromMs(reader.GetInt64(3)),
    };
}
