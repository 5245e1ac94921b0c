using CodeTracer.Cli.Tests.Commands.Analyze;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Sqlite;
using CodeTracer.Testing;

namespace CodeTracer.Cli.Tests.Commands.Memory;

public sealed class MemoryListTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TheEntriesOfEveryAgentArePrintedMostRelevantFirst()
    {
        var store = await StoreAsync();

        var run = await CliRun.Of("memory", "list", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            aider  uncategorized/unrecovered-errors  relevance 0.45  seen 1
              pattern  uncategorized: the unrecovered-errors signal fired at the onset
            claude-code  mislocalized-edit/product-edits  relevance 1.6  seen 2
              pattern  mislocalized-edit: the product-edits signal fired at the onset
              hint     Compare the file the agent edited with the file the failing test or traceback names.
              runs     run-1, run-2
            claude-code  other/no-signal  relevance 0.2  seen 1
              pattern  other: the onset had no heuristic signal of its own
            3 entries

            """.ReplaceLineEndings(Environment.NewLine),
            run.Output);
    }

    [Fact]
    public async Task OneAgentsEntriesAreListedWithAgent()
    {
        var store = await StoreAsync();

        var run = await CliRun.Of("memory", "list", "--agent", "Aider", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("aider  uncategorized/unrecovered-errors", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($"1 entry for Aider{Environment.NewLine}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingStoreIsReportedAndNotCreated()
    {
        var store = Path.Combine(_temp.Path, "none.db");

        var run = await CliRun.Of("memory", "list", "--store", store);

        Assert.Equal((0, $"no memory store at {store}{Environment.NewLine}"), (run.ExitCode, run.Error));
        Assert.False(File.Exists(store));
    }

    private async Task<string> StoreAsync()
    {
        var path = Path.Combine(_temp.Path, "codetracer.db");
        var repository = new SqliteMemoryRepository(new SqliteDatabase(path));
        await repository.UpsertAsync(new MemoryEntry
        {
            Framework = "claude-code", Key = "mislocalized-edit/product-edits", Pattern = "mislocalized-edit: the product-edits signal fired at the onset",
            Advice = "Compare the file the agent edited with the file the failing test or traceback names.", Relevance = 1.6, Occurrences = 2,
            ExampleRunIds = ["run-1", "run-2"],
        }, default);
        await repository.UpsertAsync(new MemoryEntry
        {
            Framework = "claude-code", Key = "other/no-signal", Pattern = "other: the onset had no heuristic signal of its own", Relevance = 0.2, Occurrences = 1,
        }, default);
        await repository.UpsertAsync(new MemoryEntry
        {
            Framework = "aider", Key = "uncategorized/unrecovered-errors", Pattern = "uncategorized: the unrecovered-errors signal fired at the onset", Relevance = 0.45, Occurrences = 1,
        }, default);
        return path;
    }
}
