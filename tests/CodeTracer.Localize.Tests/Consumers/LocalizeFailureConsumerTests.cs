using CodeTracer.Contracts.Messages;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract;
using CodeTracer.Localize.Consumers;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Runs;
using CodeTracer.Testing;
using CodeTracer.Testing.Bus;
using CodeTracer.Tree;
using MassTransit;

namespace CodeTracer.Localize.Tests.Consumers;

public sealed class LocalizeFailureConsumerTests : IAsyncLifetime
{
    private const string Trial = "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe";
    private const string Transcript = Trial + "/agent/claude-code.txt";

    private PipelineHarness _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await PipelineHarness.StartAsync(bus => bus.AddExtract().AddTree().AddLocalize());

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public void TheEndpointIsNamedLocalizeFailureAsTheScaledObjectExpects() =>
        Assert.Equal("localize-failure", KebabCaseEndpointNameFormatter.Instance.Consumer<LocalizeFailureConsumer>());

    [Fact]
    public async Task AnUploadedRunIsDiagnosedAtTheEndOfThePipeline()
    {
        var submitted = await _pipeline.SubmitFileAsync(Corpus.PathOf(Transcript));

        var localized = await _pipeline.PublishedAsync<FailureLocalized>(submitted.RunId);

        Assert.NotNull(localized);
        var run = RunReader.CreateDefault().Read(Corpus.PathOf(Transcript)).Runs.Single();
        var expected = new HeuristicLocalizer().Localize(run, TraceTreeBuilder.Build(run));
        Assert.Equal(expected.Onset, localized.Onset);
        Assert.Equal(expected.Incorrect, localized.IncorrectSteps);
        Assert.Equal(expected.Confidence, localized.Confidence);
        Assert.Equal((HeuristicLocalizer.MethodName, expected.Reason, run.Outcome.Status), (localized.Method, localized.Reason, localized.Outcome));
        Assert.Equal(submitted.ContentHash, localized.ContentHash);
        var stored = await _pipeline.Get<IDiagnosisRepository>().GetAsync(submitted.RunId, default);
        Assert.Equal(expected.Reason, stored!.Reason);
        Assert.Equal(RunRecordStatus.Localized, (await _pipeline.Get<IRunRepository>().GetAsync(submitted.RunId, default))!.Status);
    }

    [Fact]
    public async Task AnArchivedTrialIsDiagnosedAgainstItsFailedOutcome()
    {
        var submitted = await _pipeline.SubmitAsync(CorpusArchives.TarGz(Trial), "trial.tar.gz");

        var localized = await _pipeline.PublishedAsync<FailureLocalized>(submitted.RunId);

        Assert.NotNull(localized);
        Assert.Equal(OutcomeStatus.Failed, localized.Outcome);
        Assert.NotNull(localized.Onset);
    }

    [Fact]
    public async Task TheSameSubmissionConsumedTwiceStoresOneDiagnosis()
    {
        var submitted = await _pipeline.SubmitFileAsync(Corpus.PathOf(Transcript));
        var first = await _pipeline.PublishedAsync<FailureLocalized>(submitted.RunId);

        await _pipeline.Bus.Bus.Publish(submitted);

        Assert.Equal(2, await _pipeline.CountPublishedAsync<FailureLocalized>(submitted.RunId, expected: 2));
        var all = await _pipeline.Bus.Published.SelectAsync<FailureLocalized>(m => m.Context.Message.RunId == submitted.RunId).Select(m => m.Context.Message).ToListAsync();
        Assert.All(all, m => Assert.Equal(first!.Onset, m.Onset));
        Assert.Single((await _pipeline.Get<IRunRepository>().ListAsync(0, 10, default)).Items);
        Assert.NotNull(await _pipeline.Get<IDiagnosisRepository>().GetAsync(submitted.RunId, default));
    }
}
