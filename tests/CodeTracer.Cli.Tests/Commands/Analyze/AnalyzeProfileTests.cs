using CodeTracer.Extract;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Profiles;
using CodeTracer.Testing;
using CodeTracer.Tree;

namespace CodeTracer.Cli.Tests.Commands.Analyze;

public sealed class AnalyzeProfileTests
{
    private static readonly string Run = Corpus.PathOf("openhands/swebench_verified_claude-3-5-sonnet_run1/llm_completions/astropy__astropy-13398");

    [Fact]
    public async Task TheTracebenchProfileIsPrintedAsCodeTraceBenchLabels()
    {
        var cli = await CliRun.Of("analyze", Run, "--profile", "tracebench");

        Assert.Equal(0, cli.ExitCode);
        var run = Assert.Single(RunReader.CreateDefault().Read(Run).Runs);
        var tree = TraceTreeBuilder.Build(run);
        var expected = TracebenchProfile.Of(run, tree, new HeuristicLocalizer().Localize(run, tree));
        var view = Assert.Single(cli.Json().EnumerateArray()).GetProperty("view").EnumerateArray().ToList();
        Assert.Equal(expected.Select(s => s.StageId), view.Select(v => v.GetProperty("stage_id").GetInt32()));
        Assert.Equal(expected.SelectMany(s => s.IncorrectStepIds), view.SelectMany(v => v.GetProperty("incorrect_step_ids").EnumerateArray().Select(i => i.GetInt32())));
        Assert.All(view, v => Assert.True(v.TryGetProperty("unuseful_step_ids", out _) && v.TryGetProperty("reasoning", out _)));
    }

    [Theory]
    [InlineData("detailed", "root_cause_chain")]
    [InlineData("rl_feedback", "deviation")]
    public async Task TheOtherProfilesArePrintedAsJson(string profile, string field)
    {
        var cli = await CliRun.Of("analyze", Run, "--profile", profile);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains($"\"{field}\"", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownProfileIsAUsageError()
    {
        var cli = await CliRun.Of("analyze", Run, "--profile", "nope");
        Assert.Equal(ExitCodes.Usage, cli.ExitCode);
    }
}
