using CodeTracer.Storage.Signals;

namespace CodeTracer.Storage.Sqlite;

public sealed class SqliteSuspectedFailureRepository(SqliteDatabase database) : ISuspectedFailureRepository
{
    public async Task<bool> TryAddAsync(SuspectedFailure suspicion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "INSERT OR IGNORE INTO suspected_failures (run_id, step_id, signal, suspicion_json) VALUES ($run, $step, $signal, $json)",
            ("$run", suspicion.RunId),
            ("$step", suspicion.StepId),
            ("$signal", suspicion.Signal),
            ("$json", SqliteJson.Write(suspicion with { DetectedAt = SqliteCommands.FromMs(suspicion.DetectedAt.ToMs()) })));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<SuspectedFailure>> ListAsync(string runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT suspicion_json FROM suspected_failures WHERE run_id = $run ORDER BY step_id, signal", ("$run", runId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<SuspectedFailure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(SqliteJson.Read<SuspectedFailure>(reader.GetString(0)));
        }

        return items;
    }
}
