using System.Net;
using System.Text;
using CodeTracer.Contracts.Messages;
using CodeTracer.Contracts.Runs;
using CodeTracer.Ingest.Tests.Support;
using CodeTracer.Storage.Runs;
using CodeTracer.Testing;

namespace CodeTracer.Ingest.Tests.LiveSteps;

public sealed class ClaudeCodeLiveStepsTests : IDisposable
{
    private const string RunId = "d42a6501-1b72-42c5-8120-30edab7ace0c";
    private const string Path = "/v1/runs/" + RunId + "/steps";

    private static readonly string[] Lines = File.ReadAllLines(Corpus.PathOf(Bodies.CorpusFile));

    private readonly IngestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheWholeStreamPostedAtOnceGivesTheStepsOfTheExpectedListing()
    {
        var response = await _app.CreateClient().PostAsync(Path, Bodies.Ndjson(Lines));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = await _app.Get<IStepRepository>().ReadAsync(RunId, 1, CancellationToken.None);
        var expected = ExpectedIndex.Get("terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe");
        ExpectedListing.AssertMatches(expected, new Run { Path = RunId, Format = "live", Steps = steps });
        Assert.Equal(new StepsAppended(RunId, 1, 1, 35, 35), Assert.Single(await Published.AllAsync<StepsAppended>(_app.Harness)));
    }

    [Fact]
    public async Task TurnsPostedOneByOneAreNumberedAfterTheLastStoredStep()
    {
        var client = _app.CreateClient();

        await client.PostAsync(Path, Bodies.Ndjson(Lines[..6]));
        var second = await Json.ReadAsync(await client.PostAsync(Path, Bodies.Ndjson(Lines[6..9])));

        Assert.Equal((1, 3, 3, 3), (second.Int("appended"), second.Int("first_sequence"), second.Int("last_sequence"), second.Int("run_last_sequence")));
        var steps = await _app.Get<IStepRepository>().ReadAsync(RunId, 1, CancellationToken.None);
        Assert.Equal(["functions.Bash:0", "functions.Bash:0", "functions.Bash:1"], steps.Select(s => s.Anchor));
        Assert.Equal(["ls -la /app/", ":ls -la /app", ": ls -la /app"], steps.Select(s => s.Action));
        Assert.Equal([null, true, false], steps.Select(s => s.IsError));
        Assert.Equal("Exit code 127\n/bin/bash: line 1: :ls: command not found", steps[1].Observation);
        var line5 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Lines[4])));
        Assert.Equal(new Provenance("live", null, "/message/content/0", line5), steps[1].Provenance);
        Assert.Equal([new StepsAppended(RunId, 1, 1, 2, 2), new StepsAppended(RunId, 1, 3, 3, 1)], Published.SoFar<StepsAppended>(_app.Harness));
    }

    [Fact]
    public async Task RepostedNativeLinesAddNothingEvenWhenAnAnchorRepeats()
    {
        var client = _app.CreateClient();
        await client.PostAsync(Path, Bodies.Ndjson(Lines[..9]));

        var again = await Json.ReadAsync(await client.PostAsync(Path, Bodies.Ndjson(Lines[..9])));

        Assert.Equal((3, 0, 3), (again.Int("received"), again.Int("appended"), again.Int("run_last_sequence")));
        Assert.Single(Published.SoFar<StepsAppended>(_app.Harness));
    }
}
