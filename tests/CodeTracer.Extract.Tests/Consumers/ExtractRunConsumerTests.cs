using CodeTracer.Contracts.Messages;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Consumers;
using CodeTracer.Storage.Runs;
using CodeTracer.Testing;
using CodeTracer.Testing.Bus;
using MassTransit;

namespace CodeTracer.Extract.Tests.Consumers;

public sealed class ExtractRunConsumerTests : IAsyncLifetime
{
    private PipelineHarness _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await PipelineHarness.StartAsync(bus => bus.AddExtract());

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public void TheEndpointIsNamedExtractRun() =>
        Assert.Equal("extract-run", KebabCaseEndpointNameFormatter.Instance.Consumer<ExtractRunConsumer>());

    [Fact]
    public async Task AClaudeCodeTranscriptIsExtractedWithEveryStepOfTheIndex()
    {
        var submitted = await _pipeline.SubmitFileAsync(Corpus.PathOf(Uploads.ClaudeCodeTranscript));

        var extracted = await _pipeline.PublishedAsync<RunExtracted>(submitted.RunId);

        Assert.NotNull(extracted);
        Assert.Equal(ExpectedIndex.Get(Uploads.TrialFolder).StepCount, extracted.StepCount);
        Assert.Equal(35, extracted.StepCount);
        Assert.Equal("claude-code-stream-json", extracted.Format);
        Assert.Equal(submitted.ContentHash, extracted.ContentHash);
        var run = await _pipeline.Get<IRunRepository>().GetRunAsync(submitted.RunId, default);
        Assert.Equal("claude-code.txt", run!.Path);
        Assert.Equal(35, run.Steps.Count);
        Assert.DoesNotContain(run.Steps, s => s.Provenance.File.Contains("codetracer-extract", StringComparison.Ordinal));
        var record = await _pipeline.Get<IRunRepository>().GetAsync(submitted.RunId, default);
        Assert.Equal(RunRecordStatus.Extracted, record!.Status);
        Assert.Equal("claude-code.txt", record.FileName);
    }

    [Fact]
    public async Task AMiniSweAgentTrajectoryIsExtractedWithEveryStepOfTheIndex()
    {
        var submitted = await _pipeline.SubmitFileAsync(Corpus.PathOf(Uploads.MiniSweAgentTrajectory));

        var extracted = await _pipeline.PublishedAsync<RunExtracted>(submitted.RunId);

        Assert.NotNull(extracted);
        Assert.Equal(ExpectedIndex.Get(Uploads.MiniSweAgentRun).StepCount, extracted.StepCount);
        Assert.Equal(49, extracted.StepCount);
        Assert.Equal("mini-swe-agent-v2-toolcalls", extracted.Format);
        Assert.False(extracted.Partial);
    }

    [Fact]
    public async Task TheSameSubmissionConsumedTwiceStoresOneRun()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Uploads.MiniSweAgentTrajectory));
        var first = await _pipeline.SubmitAsync(bytes, "a.traj.json");
        Assert.NotNull(await _pipeline.PublishedAsync<RunExtracted>(first.RunId));

        await _pipeline.Bus.Bus.Publish(first);

        Assert.Equal(2, await _pipeline.CountPublishedAsync<RunExtracted>(first.RunId, expected: 2));
        var runs = await _pipeline.Get<IRunRepository>().ListAsync(0, 10, default);
        Assert.Equal(first.RunId, Assert.Single(runs.Items).RunId);
        Assert.Equal(49, (await _pipeline.Get<IRunRepository>().GetRunAsync(first.RunId, default))!.Steps.Count);
    }
}
