using System.Globalization;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Sqlite;

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

        IMemoryRepository repository = new SqliteMemoryRepository(new SqliteDatabase(store));
        var frameworks = agent is { Length: > 0 } one ? [one.Trim().ToLowerInvariant()] : await repository.ListFrameworksAsync(cancellationToken);
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
}
