using CodeTracer.Testing;

namespace CodeTracer.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeTreeTests
{
    private static readonly string Sample = Repository.PathOf("samples/claude-code-wrong-fix.jsonl");

    private static readonly string Largest = Corpus.PathOf("mini-swe-agent/deepseek_chat_dev/pylint-dev__astroid-1333");

    [Fact]
    public async Task TheTreeOptionPrintsTheIndexWithItsStagesAndStates()
    {
        var run = await CliRun.Of("analyze", Sample, "--tree");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("run ", lines[0], StringComparison.Ordinal);
        Assert.Contains("8 steps, 6 explore, 2 change", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("stage 1 ", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  s0 1-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABudgetCutsTheIndexToItsTokens()
    {
        var full = await CliRun.Of("analyze", Largest, "--tree");
        var cut = await CliRun.Of("analyze", Largest, "--tree", "--budget", "300");

        Assert.True(full.Output.Length > 1200);
        Assert.True(cut.Output.Length <= 1200 + Environment.NewLine.Length, cut.Output);
        Assert.Contains(" cut, steps ", cut.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonReportHasStagesAndEachStepsFiles()
    {
        var run = await CliRun.Of("analyze", Sample, "--json");

        var only = Assert.Single(run.Json().GetProperty("runs").EnumerateArray());
        var stages = only.GetProperty("stages").EnumerateArray().ToList();
        Assert.NotEmpty(stages);
        Assert.Equal(1, stages[0].GetProperty("first").GetInt32());
        Assert.Equal(8, stages[^1].GetProperty("last").GetInt32());
        Assert.All(stages, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("intent").GetString())));
        var steps = only.GetProperty("steps").EnumerateArray().ToList();
        var changed = steps.Where(s => s.GetProperty("kind").GetString() == "change").ToList();
        Assert.All(changed, s => Assert.NotEmpty(s.GetProperty("files").EnumerateArray()));
        Assert.All(steps, s => Assert.True(s.GetProperty("stage").GetInt32() >= 1));
    }
}
