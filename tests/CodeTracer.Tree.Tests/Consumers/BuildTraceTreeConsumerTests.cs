using CodeTracer.Contracts.Messages;
using CodeTracer.Extract;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Trees;
using CodeTracer.Testing;
using CodeTracer.Testing.Bus;
using CodeTracer.Tree.Consumers;
using MassTransit;

namespace CodeTracer.Tree.Tests.Consumers;

public sealed class BuildTraceTreeConsumerTests : IAsyncLifetime
{
    private const string Transcript = "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe/agent/claude-code.txt";

    private PipelineHarness _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await PipelineHarness.StartAsync(bus => bus.AddExtract().AddTree());

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public void TheEndpointIsNamedBuildTraceTree() =>
        Assert.Equal("build-trace-tree", KebabCaseEndpointNameFormatter.Instance.Consumer<BuildTraceTreeConsumer>());

    [Fact]
    public async Task AnExtractedRunGetsItsTreeStoredAndAnnounced()
    {
        var submitted = await _pipeline.SubmitFileAsync(Corpus.PathOf(Transcript));

        var built = await _pipeline.PublishedAsync<TraceTreeBuilt>(submitted.RunId);

        Assert.NotNull(built);
        var expected = TraceTreeBuilder.Build(RunReader.CreateDefault().Read(Corpus.PathOf(Transcript)).Runs.Single());
        Assert.Equal((expected.Stages.Count, expected.ExploreCount, expected.ChangeCount), (built.StageCount, built.ExploreCount, built.ChangeCount));
        Assert.Equal(35, built.ExploreCount + built.ChangeCount);
        var stored = await _pipeline.Get<ITreeRepository>().GetAsync(submitted.RunId, default);
        Assert.Equal(expected.Kinds.OrderBy(k => k.Key), stored!.Kinds.OrderBy(k => k.Key));
        Assert.Equal(RunRecordStatus.TreeBuilt, (await _pipeline.Get<IRunRepository>().GetAsync(submitted.RunId, default))!.Status);
    }

    [Fact]
    public async Task TheSameSubmissionConsumedTwiceStoresOneTree()
    {
        var submitted = await _pipeline.SubmitFileAsync(Corpus.PathOf(Transcript));
        var first = await _pipeline.PublishedAsync<TraceTreeBuilt>(submitted.RunId);

        await _pipeline.Bus.Bus.Publish(submitted);

        Assert.Equal(2, await _pipeline.CountPublishedAsync<TraceTreeBuilt>(submitted.RunId, expected: 2));
        var both = await _pipeline.Bus.Published.SelectAsync<TraceTreeBuilt>(m => m.Context.Message.RunId == submitted.RunId).Select(m => m.Context.Message).ToListAsync();
        Assert.All(both, b => Assert.Equal(first, b));
        Assert.Single((await _pipeline.Get<IRunRepository>().ListAsync(0, 10, default)).Items);
        Assert.Equal(RunRecordStatus.TreeBuilt, (await _pipeline.Get<IRunRepository>().GetAsync(submitted.RunId, default))!.Status);
    }

    [Fact]
    public async Task ARunMissingFromTheStoreFaultsIntoARejectionAtTheTreeStage()
    {
        var hash = new string('b', 64);
        var extracted = new RunExtracted(RunIds.FromContentHash(hash), hash, SchemaVersions.Current, "x", null, 1, Contracts.Runs.OutcomeStatus.Unknown, false);

        await _pipeline.Bus.Bus.Publish(extracted);

        var rejected = await _pipeline.PublishedAsync<RunRejected>(extracted.RunId);
        Assert.NotNull(rejected);
        Assert.Equal(PipelineStage.Tree, rejected.Stage);
        Assert.Equal($"building the trace tree failed after retries: {extracted.RunId} was announced as extracted but its run is not in the store", rejected.Reason);
    }
}
