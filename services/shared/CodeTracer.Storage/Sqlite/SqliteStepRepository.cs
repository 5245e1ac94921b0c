using CodeTracer.Contracts.Runs;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteStepRepository(SqliteDatabase database) : IStepRepository
{
    public async Task<int> AppendAsync(string runId, IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var added = 0;
        foreach (var step in steps)
        {
            // OR IGNORE: the first write of a sequence number wins, which is what makes redelivery harmless.
            await using var insert = connection.Command(
                "INSERT OR IGNORE INTO steps (run_id, seq, step_json) VALUES ($id, $seq, $json)",
                ("$id", runId),
                ("$seq", step.Id),
                ("$json", SqliteJson.Write(step)));
            added += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<IReadOnlyList<Step>> ReadAsync(string runId, int fromSequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT step_json FROM steps WHERE run_id = $id AND seq >= $from ORDER BY seq",
            ("$id", runId),
            ("$from", fromSequence));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<Step>();
        while (await reader.ReadAsync(cancellationToken))
        {
            steps.Add(SqliteJson.Read<Step>(reader.GetString(0)));
        }

        return steps;
    }

    public async Task<Step?> GetAsync(string runId, int sequence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT step_json FROM steps WHERE run_id = $id AND seq = $seq",
            ("$id", runId),
            ("$seq", sequence));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? SqliteJson.Read<Step>(json) : null;
    }

    public async Task<int> LastSequenceAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT COALESCE(MAX(seq), 0) FROM steps WHERE run_id = $id", ("$id", runId));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
