using System.Net;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Trees;
using CodeTracer.Ingest.Tests.Support;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Trees;
using CodeTracer.Testing;

namespace CodeTracer.Ingest.Tests.Endpoints;

public sealed class RunsEndpointsTests : IDisposable
{
    private readonly IngestApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/v1/runs/run-0000000000000000")]
    [InlineData("/v1/runs/run-0000000000000000/tree")]
    [InlineData("/v1/runs/run-0000000000000000/diagnosis")]
    [InlineData("/v1/runs/run-0000000000000000/steps/1")]
    public async Task AnUnknownRunAnswers404ProblemJsonSayingHowToFindOne(string path)
    {
        var problem = await ProblemAssert.IsAsync(await _app.CreateClient().GetAsync(path), HttpStatusCode.NotFound);

        Assert.Equal(
            "No run has the id run-0000000000000000. Upload one with POST /v1/runs, or list them with GET /v1/runs.",
            problem.Str("detail"));
    }

    [Fact]
    public async Task AStoredTreeDiagnosisAndStepAreReturnedInSnakeCase()
    {
        var client = _app.CreateClient();
        var bytes = Bodies.CorpusBytes();
        var (runId, hash) = (Bodies.RunIdOf(bytes), Bodies.Sha256(bytes));
        await client.PostAsync("/v1/runs", Bodies.Raw(bytes));
        var run = new RunBuilder().Bash("ls", "a.txt").Bash("make", "error: x", isError: true, exitCode: 2).Build();
        await _app.Get<IRunRepository>().SaveRunAsync(runId, hash, run, CancellationToken.None);
        var tree = new TraceTree(
            [new TraceNode(1, StepKind.Explore, [new TraceNode(2, StepKind.Change, [])])],
            new Dictionary<int, StepKind> { [1] = StepKind.Explore, [2] = StepKind.Change });
        await _app.Get<ITreeRepository>().SaveAsync(runId, hash, tree, CancellationToken.None);
        var diagnosis = new Diagnosis { Onset = new StepRef(2, "a2"), Incorrect = [2], Confidence = 0.75, Method = "heuristic", Reason = "make failed" };
        await _app.Get<IDiagnosisRepository>().SaveAsync(runId, hash, diagnosis, CancellationToken.None);

        var gotTree = await Json.ReadAsync(await client.GetAsync($"/v1/runs/{runId}/tree"));
        var gotDiagnosis = await Json.ReadAsync(await client.GetAsync($"/v1/runs/{runId}/diagnosis"));
        var gotStep = await Json.ReadAsync(await client.GetAsync($"/v1/runs/{runId}/steps/2"));

        var root = gotTree.GetProperty("roots")[0];
        Assert.Equal((1, "explore", 2), (root.Int("step_id"), root.Str("kind"), root.GetProperty("children")[0].Int("step_id")));
        Assert.Equal((2, "a2"), (gotDiagnosis.GetProperty("onset").Int("step"), gotDiagnosis.GetProperty("onset").Str("anchor")));
        Assert.Equal((0.75, "heuristic", "make failed"), (gotDiagnosis.GetProperty("confidence").GetDouble(), gotDiagnosis.Str("method"), gotDiagnosis.Str("reason")));
        Assert.Equal((2, "a2", "Bash", "make", "error: x", true, 2),
            (gotStep.Int("id"), gotStep.Str("anchor"), gotStep.Str("tool"), gotStep.Str("action"), gotStep.Str("observation"),
                gotStep.GetProperty("is_error").GetBoolean(), gotStep.Int("exit_code")));
    }

    [Fact]
    public async Task AKnownRunWithoutATreeYetSaysWhereItIs()
    {
        var client = _app.CreateClient();
        var bytes = Bodies.CorpusBytes();
        await client.PostAsync("/v1/runs", Bodies.Raw(bytes));

        var tree = await ProblemAssert.IsAsync(await client.GetAsync($"/v1/runs/{Bodies.RunIdOf(bytes)}/tree"), HttpStatusCode.NotFound);
        var step = await ProblemAssert.IsAsync(await client.GetAsync($"/v1/runs/{Bodies.RunIdOf(bytes)}/steps/99"), HttpStatusCode.NotFound);

        Assert.Equal(
            $"Run {Bodies.RunIdOf(bytes)} has no trace tree yet (status: submitted). It appears once the pipeline gets there; try again later.",
            tree.Str("detail"));
        Assert.StartsWith($"Run {Bodies.RunIdOf(bytes)} has no step 99.", step.Str("detail"));
    }

    [Fact]
    public async Task RunsAreListedNewestFirstAPageAtATime()
    {
        var client = _app.CreateClient();
        string[] bodies = ["first", "second", "third"];
        foreach (var body in bodies)
        {
            await client.PostAsync("/v1/runs?name=" + body, Bodies.Raw(System.Text.Encoding.UTF8.GetBytes(body)));
            _app.Clock.Now = _app.Clock.Now.AddSeconds(1);
        }

        var page = await Json.ReadAsync(await client.GetAsync("/v1/runs?skip=1&take=1"));
        var all = await Json.ReadAsync(await client.GetAsync("/v1/runs"));

        Assert.Equal((3, 1, 1), (page.Int("total"), page.Int("skip"), page.Int("take")));
        Assert.Equal("second", Assert.Single(page.GetProperty("items").EnumerateArray()).Str("file_name"));
        Assert.Equal(["third", "second", "first"], all.GetProperty("items").EnumerateArray().Select(r => r.Str("file_name")));
    }

    [Fact]
    public async Task APageSizeOutOfRangeIsRefused()
    {
        var problem = await ProblemAssert.IsAsync(await _app.CreateClient().GetAsync("/v1/runs?take=501"), HttpStatusCode.BadRequest);

        Assert.Equal("skip must be 0 or more and take between 1 and 500.", problem.Str("detail"));
    }
}
