using System.Globalization;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CodeTracer.Cli.Commands.Memory;

/// <summary>Prints each framework's entries as the LLM diagnoser would rank them, up to the repository's cap.</summary>
public sealed class MemoryListCommand(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string store, string? agent, CancellationToken cancellationToken)
    {
        if (!File.Exists(store))
        {
            // Opening would create an empty store; listing must not write anything.
            await error.WriteLineAsync($"no memory store at {store}");
            return ExitCodes.Ok;
        }

        var database = new SqliteDatabase(store);
        var repository = new SqliteMemoryRepository(database);
        var frameworks = agent is { Length: > 0 } one ? [one.Trim().ToLowerInvariant()] : await FrameworksAsync(database, cancellationToken);
        var printed = 0;
        foreach (var framework in frameworks)
        {
            foreach (var entry in await repository.ListTopAsync(framework, IMemoryRepository.MaxTop, cancellationToken))
            {
                await WriteAsync(entry);
                printed++;
            }
        }

        await output.WriteLineAsync($"{printed} entr{(printed == 1 ? "y" : "ies")}{(agent is { Length: > 0 } ? $" for {agent}" : "")}");
        return ExitCodes.Ok;
    }

    private async Task WriteAsync(MemoryEntry entry)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{entry.Framework}  {entry.Key}  relevance {entry.Relevance:0.###}  seen {entry.Occurrences}"));
        await output.WriteLineAsync($"  pattern  {entry.Pattern}");
        if (entry.Advice is { } advice)
        {
            await output.WriteLineAsync($"  hint     {advice}");
        }

        if (entry.ExampleRunIds.Count > 0)
        {
            await output.WriteLineAsync($"  runs     {string.Join(", ", entry.ExampleRunIds)}");
        }
    }

    /// <summary>
    /// IMemoryRepository lists one framework at a time and has no list of frameworks, so the embedded store's table
    /// is asked directly; a list-frameworks method on the repository would serve Mongo too.
    /// </summary>
    private static async Task<IReadOnlyList<string>> FrameworksAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new SqliteCommand("SELECT DISTINCT framework FROM memory ORDER BY framework", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var frameworks = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            frameworks.Add(reader.GetString(0));
        }

        return frameworks;
    }
}
