using CodeTracer.Cli.Tests.Commands.Analyze;
using CodeTracer.Extract;
using CodeTracer.Localize.Evaluation;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Testing;

namespace CodeTracer.Cli.Tests.Commands.Eval;

/// <summary>The printed table must be the library's numbers; they are recomputed here, never written down.</summary>
public sealed class EvalCommandTests
{
    private static readonly string Labels = Path.Combine(Path.GetDirectoryName(Corpus.Root)!, "labels");
    private static readonly string Manifest = Repository.PathOf("tests/CodeTracer.Cli.Tests/Commands/Eval/manifest.jsonl");

    [Fact]
    public async Task TheLabelsTablePrintsTheLibrarysScoresForEveryMethod()
    {
        var run = await CliRun.Of("eval", "--labels", Labels, "--corpus", Corpus.Root);

        Assert.Equal(0, run.ExitCode);
        var reader = RunReader.CreateDefault();
        var labelled = LabelledRunLoader.Load(LabelReader.ReadFolder(Labels), Corpus.Root, p => reader.Read(p).Runs, []);
        var expected = Evaluator.Table(EvalMethods.Standard(new LocalizerSettings()), labelled, []);
        AssertSameTable(expected, run.Output);
        Assert.Equal(["heuristic", "first-step", "last-step", "first-error", "all-steps"], expected.Rows.Select(r => r.Method));
    }

    [Fact]
    public async Task AManifestIsScoredWithItsSuppliedStages()
    {
        var run = await CliRun.Of("eval", "--manifest", Manifest, "--corpus", Corpus.Root);

        Assert.Equal(0, run.ExitCode);
        var entries = ManifestReader.Read(Manifest);
        var reader = RunReader.CreateDefault();
        var labelled = LabelledRunLoader.Load(entries.Select(e => e.Label), Corpus.Root, p => reader.Read(p).Runs, [], l => entries.Single(e => e.Label == l).Stages);
        var expected = Evaluator.Table(EvalMethods.Standard(new LocalizerSettings()), labelled, []);
        AssertSameTable(expected, run.Output);
        Assert.Equal(2, expected.Rows[0].Labelled.Runs);
        Assert.Equal([5, 7, 11], entries[0].Label.Incorrect);
        Assert.True(labelled[0].Tree.Stages.All(s => s.Supplied));
    }

    [Fact]
    public async Task WhoAndWhenRunsAreScoredOnExactMistakeSteps()
    {
        var folder = Corpus.PathOf("who-and-when");
        var run = await CliRun.Of("eval", "--who-and-when", folder);

        Assert.Equal(0, run.ExitCode);
        var runs = LabelledRunLoader.WhoAndWhen(RunReader.CreateDefault().Read(folder).Runs.OrderBy(r => r.Path, StringComparer.Ordinal));
        Assert.Equal(129, runs.Count);
        AssertSameTable(Evaluator.Table(EvalMethods.Standard(new LocalizerSettings()), [], runs), run.Output);
    }

    [Fact]
    public async Task EvalWithoutInputsIsAUsageError()
    {
        var run = await CliRun.Of("eval");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--labels", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonOutputHasARowPerMethod()
    {
        var run = await CliRun.Of("eval", "--manifest", Manifest, "--corpus", Corpus.Root, "--json");
        var methods = run.Json().GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()).ToList();
        Assert.Equal(["heuristic", "first-step", "last-step", "first-error", "all-steps"], methods);
    }

    // Every column but the last (wall time per run, which varies between runs) must match.
    private static void AssertSameTable(EvaluationTable expected, string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(EvaluationTable.Header, lines[0]);
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            Assert.Equal(Stable(EvaluationTable.Line(expected.Rows[i])), Stable(lines[i + 1]));
        }
    }

    private static string[] Stable(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
}
