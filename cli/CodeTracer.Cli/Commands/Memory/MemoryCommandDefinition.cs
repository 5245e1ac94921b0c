using System.CommandLine;
using CodeTracer.Storage;

namespace CodeTracer.Cli.Commands.Memory;

/// <summary><c>memory list</c>: what the localizer has learned per agent framework, from the embedded store.</summary>
public static class MemoryCommandDefinition
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var agent = new Option<string?>("--agent") { Description = "Only this agent or framework (e.g. claude-code); all when left out." };
        var store = new Option<string?>("--store") { Description = $"The SQLite store to read (default {new StorageOptions().SqlitePath})." };
        var list = new Command("list", "Print the memory entries, most relevant first: key, relevance, occurrences, pattern, hint, example runs.")
        {
            agent,
            store,
        };
        list.SetAction((parse, cancellationToken) =>
            new MemoryListCommand(output, error).RunAsync(parse.GetValue(store) ?? new StorageOptions().SqlitePath, parse.GetValue(agent), cancellationToken));
        return new Command("memory", "Inspect the failure patterns and investigation hints learned per agent framework.") { list };
    }
}
