using System.Text;
using CodeTracer.Contracts.Messages;
using CodeTracer.Extract.Input.Archives;
using CodeTracer.Storage.Runs;
using CodeTracer.Testing;
using CodeTracer.Testing.Bus;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CodeTracer.Extract.Tests.Consumers;

public sealed class ExtractRunRejectionTests : IAsyncLifetime
{
    private PipelineHarness _pipeline = null!;

    public async Task InitializeAsync() => _pipeline = await PipelineHarness.StartAsync(bus => bus.AddExtract());

    public async Task DisposeAsync() => await _pipeline.DisposeAsync();

    [Fact]
    public async Task AGarbageUploadIsRejectedWithAReasonNamingTheFile()
    {
        var submitted = await _pipeline.SubmitAsync(Encoding.UTF8.GetBytes("this is not a trajectory\n"), "notes.txt");

        var rejected = await _pipeline.PublishedAsync<RunRejected>(submitted.RunId);

        Assert.NotNull(rejected);
        Assert.Equal(PipelineStage.Extract, rejected.Stage);
        Assert.StartsWith("notes.txt: not in any known trajectory format", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("codetracer-extract", rejected.Reason, StringComparison.Ordinal);
        Assert.Null(await _pipeline.PublishedAsync<RunExtracted>(submitted.RunId));
        Assert.Equal(RunRecordStatus.Rejected, (await _pipeline.Get<IRunRepository>().GetAsync(submitted.RunId, default))!.Status);
    }

    [Fact]
    public async Task ATruncatedTrajectoryIsRejectedWithAReasonNamingTheFile()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Uploads.MiniSweAgentTrajectory))[..200];
        var submitted = await _pipeline.SubmitAsync(bytes, "pydicom.traj.json");

        var rejected = await _pipeline.PublishedAsync<RunRejected>(submitted.RunId);

        Assert.NotNull(rejected);
        Assert.StartsWith("pydicom.traj.json: ", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATarGzOfATrialFolderIsUnpackedAndExtracted()
    {
        var submitted = await _pipeline.SubmitAsync(CorpusArchives.TarGz(Uploads.TrialFolder), "trial.tar.gz");

        var extracted = await _pipeline.PublishedAsync<RunExtracted>(submitted.RunId);

        Assert.NotNull(extracted);
        Assert.Equal(ExpectedIndex.Get(Uploads.TrialFolder).StepCount, extracted.StepCount);
        Assert.Equal(Contracts.Runs.OutcomeStatus.Failed, extracted.Outcome);
        Assert.Equal("trial.tar.gz", (await _pipeline.Get<IRunRepository>().GetRunAsync(submitted.RunId, default))!.Path);
    }

    [Fact]
    public async Task AnArchiveIsToldByItsBytesNotItsName()
    {
        var submitted = await _pipeline.SubmitAsync(CorpusArchives.TarGz(Uploads.TrialFolder), "trial.upload");

        var extracted = await _pipeline.PublishedAsync<RunExtracted>(submitted.RunId);

        Assert.NotNull(extracted);
        Assert.Equal(ExpectedIndex.Get(Uploads.TrialFolder).StepCount, extracted.StepCount);
    }

    [Fact]
    public async Task AnArchiveOverTheLimitsIsRejectedWithTheLimit()
    {
        await using var pipeline = await PipelineHarness.StartAsync(bus =>
        {
            bus.AddSingleton(new ArchiveLimits { MaxEntries = 2 });
            bus.AddExtract();
        });
        var zip = CorpusArchives.Zip(("a.txt", "1"), ("b.txt", "2"), ("c.txt", "3"));
        var submitted = await pipeline.SubmitAsync(zip, "many.zip");

        var rejected = await pipeline.PublishedAsync<RunRejected>(submitted.RunId);

        Assert.NotNull(rejected);
        Assert.Equal("many.zip: archive rejected: more than 2 entries (at 'c.txt')", rejected.Reason);
    }

    [Fact]
    public async Task AnArchiveHoldingTwoRunsIsRejected()
    {
        var submitted = await _pipeline.SubmitAsync(CorpusArchives.TarGz(Uploads.ClaudeCodeTranscript, Uploads.MiniSweAgentTrajectory), "two.tgz");

        var rejected = await _pipeline.PublishedAsync<RunRejected>(submitted.RunId);

        Assert.NotNull(rejected);
        Assert.StartsWith("two.tgz holds 2 runs (two.tgz/claude-code.txt, two.tgz/pydicom__pydicom-1256.traj.json)", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AZipWithAnEntryEscapingTheFolderIsRejected()
    {
        var zip = CorpusArchives.Zip(("run/claude-code.txt", "{}"), ("../../escaped.txt", "owned"));
        var submitted = await _pipeline.SubmitAsync(zip, "evil.zip");

        var rejected = await _pipeline.PublishedAsync<RunRejected>(submitted.RunId);

        Assert.NotNull(rejected);
        Assert.Equal("evil.zip: archive rejected: entry '../../escaped.txt' climbs out with '..'", rejected.Reason);
    }

    [Fact]
    public async Task AMissingBlobFaultsAfterRetriesAndEndsAsRunRejected()
    {
        var hash = new string('a', 64);
        var submitted = new RunSubmitted(RunIds.FromContentHash(hash), hash, SchemaVersions.Current, hash, "lost.jsonl", DateTimeOffset.UtcNow);

        await _pipeline.Bus.Bus.Publish(submitted);

        Assert.True(await _pipeline.Bus.Published.Any<Fault<RunSubmitted>>(f => f.Context.Message.Message.RunId == submitted.RunId));
        var rejected = await _pipeline.PublishedAsync<RunRejected>(submitted.RunId);
        Assert.NotNull(rejected);
        Assert.Equal(
            $"lost.jsonl: extraction failed after retries: the uploaded file lost.jsonl (blob {hash}) of {submitted.RunId} is missing from the store; upload it again",
            rejected.Reason);
        Assert.Null(await _pipeline.PublishedAsync<RunExtracted>(submitted.RunId));
    }
}
