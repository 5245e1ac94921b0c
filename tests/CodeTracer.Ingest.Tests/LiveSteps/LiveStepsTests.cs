using System.Net;
using CodeTracer.Contracts.Messages;
using CodeTracer.Ingest.Tests.Support;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Ingest.Tests.LiveSteps;

public sealed class LiveStepsTests : IDisposable
{
    private const string RunId = "live-session-1";
    private const string Path = "/v1/runs/" + RunId + "/steps";

    private static readonly string[] ThreeSteps =
    [
        """{"seq":1,"tool":"Bash","action":"ls -la /app","observation":"total 8","is_error":false,"anchor":"call-1"}""",
        """{"seq":2,"tool":"Read","action":"{\"file_path\":\"/app/main.c\"}","arguments":{"file_path":"/app/main.c"},"observation":"int main() {}"}""",
        """{"seq":3,"tool":"Bash","action":"make","observation":"error: x","is_error":true,"exit_code":2}""",
    ];

    private readonly IngestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task StepObjectsAreAppendedInOrderAndAnnounced()
    {
        var response = await _app.CreateClient().PostAsync(Path, Bodies.Ndjson(ThreeSteps));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Json.ReadAsync(response);
        Assert.Equal((RunId, 3, 3, 1, 3, 3), (answer.Str("run_id"), answer.Int("received"), answer.Int("appended"),
            answer.Int("first_sequence"), answer.Int("last_sequence"), answer.Int("run_last_sequence")));
        var appended = Assert.Single(await Published.AllAsync<StepsAppended>(_app.Harness));
        Assert.Equal(new StepsAppended(RunId, 1, 1, 3, 3), appended);

        var steps = await _app.Get<IStepRepository>().ReadAsync(RunId, 1, CancellationToken.None);
        Assert.Equal([1, 2, 3], steps.Select(s => s.Id));
        Assert.Equal(["call-1", "seq-2", "seq-3"], steps.Select(s => s.Anchor));
        Assert.Equal([false, null, true], steps.Select(s => s.IsError));
        Assert.Equal("""{"file_path":"/app/main.c"}""", steps[1].Arguments);
        Assert.Equal(2, steps[2].ExitCode);
        Assert.Equal(("live", Bodies.Sha256(System.Text.Encoding.UTF8.GetBytes(ThreeSteps[0]))), (steps[0].Provenance.File, steps[0].Provenance.FileSha256));
    }

    [Fact]
    public async Task RepostedLinesAreStoredOnceAndOnlyNewStepsAreAnnounced()
    {
        var client = _app.CreateClient();
        await client.PostAsync(Path, Bodies.Ndjson(ThreeSteps));

        var same = await Json.ReadAsync(await client.PostAsync(Path, Bodies.Ndjson(ThreeSteps)));
        var overlapping = await Json.ReadAsync(await client.PostAsync(Path, Bodies.Ndjson(
            ThreeSteps[2], """{"seq":4,"tool":"Bash","action":"make test"}""")));

        Assert.Equal((3, 0), (same.Int("received"), same.Int("appended")));
        Assert.Equal((2, 1, 4, 4), (overlapping.Int("received"), overlapping.Int("appended"), overlapping.Int("first_sequence"), overlapping.Int("last_sequence")));
        Assert.Equal([new StepsAppended(RunId, 1, 1, 3, 3), new StepsAppended(RunId, 1, 4, 4, 1)], Published.SoFar<StepsAppended>(_app.Harness));
        Assert.Equal(4, await _app.Get<IStepRepository>().LastSequenceAsync(RunId, CancellationToken.None));
    }

    [Fact]
    public async Task ABadLineIsRefusedNamingItsNumberAndTheLinesBeforeItAreKept()
    {
        var response = await _app.CreateClient().PostAsync(Path, Bodies.Ndjson(
            ThreeSteps[0], "", """{"seq":2,"tool":"Bash"}""", ThreeSteps[2]));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "Line 3: \"action\" must be a string (the command or the call's arguments as text). The 1 new step(s) before it were stored.",
            problem.Str("detail"));
        Assert.Equal((3, 1, 1), (problem.Int("line"), problem.Int("appended"), problem.Int("last_sequence")));
        var steps = await _app.Get<IStepRepository>().ReadAsync(RunId, 1, CancellationToken.None);
        Assert.Equal([1], steps.Select(s => s.Id));
        Assert.Equal(new StepsAppended(RunId, 1, 1, 1, 1), Assert.Single(Published.SoFar<StepsAppended>(_app.Harness)));
    }

    [Fact]
    public async Task ALineThatIsNotJsonIsRefusedNamingIt()
    {
        var response = await _app.CreateClient().PostAsync(Path, Bodies.Ndjson(ThreeSteps[0], ThreeSteps[1], "{\"seq\":3,"));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("Line 3: not valid JSON (", problem.Str("detail"));
        Assert.Equal((3, 2), (problem.Int("line"), problem.Int("appended")));
    }

    [Fact]
    public async Task StepsOutOfOrderWithinOneRequestAreRefused()
    {
        var response = await _app.CreateClient().PostAsync(Path, Bodies.Ndjson(ThreeSteps[1], ThreeSteps[0]));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "Line 2: seq 1 comes after seq 2; send the lines of one request in increasing seq order. The 1 new step(s) before it were stored.",
            problem.Str("detail"));
    }

    [Fact]
    public async Task ALineThatIsNeitherAStepNorANativeEventIsRefused()
    {
        var response = await _app.CreateClient().PostAsync(Path, Bodies.Ndjson("""{"tool":"Bash"}"""));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            "Line 1: neither a step object (with seq, tool and action) nor a Claude Code stream-json event (with type). The 0 new step(s) before it were stored.",
            problem.Str("detail"));
    }

    [Fact]
    public async Task IdsStartingWithRunAreKeptForUploads()
    {
        var response = await _app.CreateClient().PostAsync("/v1/runs/run-0123456789abcdef/steps", Bodies.Ndjson(ThreeSteps));

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("'run-0123456789abcdef' cannot name a live run", problem.Str("detail"));
        Assert.Equal(0, await _app.Get<IStepRepository>().LastSequenceAsync("run-0123456789abcdef", CancellationToken.None));
    }

    [Fact]
    public async Task ALiveRunIsShownWithItsLastSequence()
    {
        var client = _app.CreateClient();
        await client.PostAsync(Path, Bodies.Ndjson(ThreeSteps));

        var run = await Json.ReadAsync(await client.GetAsync("/v1/runs/" + RunId));

        Assert.Equal((RunId, "live", true, 3), (run.Str("run_id"), run.Str("status"), run.GetProperty("live").GetBoolean(), run.Int("last_sequence")));
    }
}
