using System.Text;
using CodeTracer.Testing;
using CodeTracer.Tree.Index;
using CodeTracer.Tree.Tests.Support;
using Xunit.Abstractions;

namespace CodeTracer.Tree.Tests.Index;

public sealed class TreeIndexTests(ITestOutputHelper output)
{
    private const int Budget = 2000;

    [Fact]
    public void TheIndexOfA666StepRunIsUnder40KbAndUnder8KbAtTwoThousandTokens()
    {
        var run = LongRuns.Concatenated(666);
        var tree = TraceTreeBuilder.Build(run);

        var full = Bytes(TreeIndex.Render(run, tree));
        var cut = TreeIndex.Render(run, tree, Budget);
        output.WriteLine($"666 steps: {full} bytes full, {Bytes(cut)} bytes at {Budget} tokens, {tree.Stages.Count} stages");

        Assert.Equal(666, run.Steps.Count);
        Assert.True(full < 40 * 1024, $"{full} bytes");
        Assert.True(Bytes(cut) < 8 * 1024, $"{Bytes(cut)} bytes");
        Assert.True(TokenEstimate.Of(cut) <= Budget);
    }

    [Fact]
    public void TheIndexOfTheLargestRealRunFitsTheSameBounds()
    {
        var run = CorpusRuns.Read(LongRuns.Largest);
        var tree = TraceTreeBuilder.Build(run);

        var full = Bytes(TreeIndex.Render(run, tree));
        var cut = Bytes(TreeIndex.Render(run, tree, Budget));
        output.WriteLine($"{run.Steps.Count} steps: {full} bytes full, {cut} bytes at {Budget} tokens");

        Assert.Equal(176, run.Steps.Count);
        Assert.True(full < 40 * 1024 * 176 / 666, $"{full} bytes");
        Assert.True(cut < 8 * 1024);
    }

    [Fact]
    public void TheIndexGrowsLinearlyWithTheSteps()
    {
        var small = LongRuns.Concatenated(100);
        var large = LongRuns.Concatenated(666);
        var perStepSmall = Bytes(TreeIndex.Render(small, TraceTreeBuilder.Build(small))) / 100.0;
        var perStepLarge = Bytes(TreeIndex.Render(large, TraceTreeBuilder.Build(large))) / 666.0;
        output.WriteLine($"bytes per step: {perStepSmall:0.0} at 100 steps, {perStepLarge:0.0} at 666 steps");

        // Quadratic growth (the Python reference's) would make the second 6.66 times the first.
        Assert.InRange(perStepLarge / perStepSmall, 0.5, 1.5);
    }

    [Fact]
    public void ACutIndexKeepsEveryStageTheLastStateAndSaysWhatItCut()
    {
        var run = CorpusRuns.Read(LongRuns.Largest);
        var tree = TraceTreeBuilder.Build(run);

        var cut = TreeIndex.Render(run, tree, 600);
        var lines = cut.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(cut.Length <= 600 * TokenEstimate.CharsPerToken);
        Assert.StartsWith("run ", lines[0], StringComparison.Ordinal);
        var last = tree.Stages[^1].States[^1];
        Assert.Contains(lines, l => l.StartsWith($"  s{last.Index} {last.FirstStep}-{last.LastStep}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" cut, steps ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"stage {tree.Stages.Count} ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIndexWithinItsBudgetIsNotCut()
    {
        var run = new RunBuilder().Bash("ls").Bash("sed -i 's/a/b/' x.py", isError: true).Bash("pytest").Build();
        var tree = TraceTreeBuilder.Build(run);

        Assert.Equal(TreeIndex.Render(run, tree), TreeIndex.Render(run, tree, Budget));
        Assert.Equal(
            "run hand-made | hand-made | 3 steps, 2 explore, 1 change, 1 failed | outcome failed\n"
            + "stage 1 inspect 1-1: Inspect the environment | 1 step, no errors; ended without error\n"
            + "  s0 1-1 e1\n"
            + "stage 2 patch 2-2: Change x.py | 1 step, 1 failed (2); 1 file touched; ended on an error\n"
            + "  s1 2-2 c2 ~x.py !2\n"
            + "stage 3 verify 3-3: Verify with pytest | 1 step, no errors; last check ran clean (step 3)\n"
            + "  s1 3-3 e1\n",
            TreeIndex.Render(run, tree));
    }

    [Fact]
    public void TheTokenEstimateIsFourCharactersAToken()
    {
        Assert.Equal(0, TokenEstimate.Of(""));
        Assert.Equal(1, TokenEstimate.Of("abcd"));
        Assert.Equal(2, TokenEstimate.Of("abcde"));
        Assert.Equal(8000, TokenEstimate.CharsFor(2000));
    }

    private static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
