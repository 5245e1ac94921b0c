using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests.Sqlite;

/// <summary>Trees nest one level per state change; a long run's tree is hundreds of levels deep.</summary>
public sealed class SqliteDeepTreeTests
{
    [Fact]
    public async Task ATreeFourHundredChangesDeepIsStoredAndReadBack()
    {
        await using var store = new SqliteHarness();
        var node = new TraceNode(400, StepKind.Change, []);
        for (var step = 399; step >= 1; step--)
        {
            node = new TraceNode(step, StepKind.Change, [node]);
        }

        var tree = new TraceTree([node], Enumerable.Range(1, 400).ToDictionary(s => s, _ => StepKind.Change));

        await store.Trees.SaveAsync("run-0000000000000001", Samples.Hash("a"), tree, CancellationToken.None);

        var read = await store.Trees.GetAsync("run-0000000000000001", CancellationToken.None);
        var depth = 0;
        for (var level = read!.Roots.Single(); ; level = level.Children.Single())
        {
            Assert.Equal(++depth, level.StepId);
            if (level.Children.Count == 0)
            {
                break;
            }
        }

        Assert.Equal(400, depth);
    }
}
