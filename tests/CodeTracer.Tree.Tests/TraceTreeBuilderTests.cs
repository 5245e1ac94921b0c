using CodeTracer.Contracts.Trees;
using CodeTracer.Testing;

namespace CodeTracer.Tree.Tests;

public sealed class TraceTreeBuilderTests
{
    [Fact]
    public void AnEmptyRunGivesAnEmptyTree()
    {
        var tree = TraceTreeBuilder.Build(new RunBuilder().Build());
        Assert.Empty(tree.Roots);
        Assert.Empty(tree.Kinds);
    }

    [Fact]
    public void ExplorationsAtTheStartAreRootSiblings()
    {
        var tree = TraceTreeBuilder.Build(new RunBuilder().Bash("ls").Bash("cat a.py").Bash("grep x a.py").Build());
        Assert.Equal("1 2 3", Shape(tree));
    }

    [Fact]
    public void AChangeHangsUnderThePreviousStepAndExplorationsAfterItAreItsSiblings()
    {
        // 1 ls, 2 sed -i (child of 1), 3 pytest (sibling of 2, under 1), 4 rm (child of 3), 5 cat (sibling of 4).
        var run = new RunBuilder()
            .Bash("ls")
            .Bash("sed -i 's/a/b/' x.py")
            .Bash("pytest -x")
            .Bash("rm x.pyc")
            .Bash("cat x.py")
            .Build();
        var tree = TraceTreeBuilder.Build(run);
        Assert.Equal("1(2 3(4 5))", Shape(tree));
        Assert.Equal(StepKind.Change, tree.Kinds[2]);
        Assert.Equal(StepKind.Explore, tree.Kinds[5]);
        Assert.Equal(2, tree.ChangeCount);
    }

    [Fact]
    public void ChangesInARowFormAChain()
    {
        var run = new RunBuilder()
            .Tool("Write", """{"file_path": "a.py", "content": ""}""")
            .Tool("Edit", """{"file_path": "a.py", "old_string": "", "new_string": "x"}""")
            .Tool("Edit", """{"file_path": "a.py", "old_string": "x", "new_string": "y"}""")
            .Tool("Read", """{"file_path": "a.py"}""")
            .Build();
        Assert.Equal("1(2(3 4))", Shape(TraceTreeBuilder.Build(run)));
    }

    [Fact]
    public void ARealListingGivesOneNodePerStepWithTheClassifiedKinds()
    {
        var run = ListingRuns.FromExpected(ExpectedIndex.All.First(r => r.RunId.EndsWith("pvlib__pvlib-python-1707", StringComparison.Ordinal)));
        var tree = TraceTreeBuilder.Build(run);
        Assert.Equal(run.Steps.Count, Count(tree.Roots));
        Assert.Equal(run.Steps.Select(s => s.Id), tree.Kinds.Keys.Order());

        // Steps 1-6 explore the code, 7 writes test_issue.py with a heredoc, 8 installs packages, 17 edits in place.
        Assert.Equal([1, 2, 3, 4, 5, 6], tree.Roots.Select(r => r.StepId).Take(6));
        Assert.Equal(StepKind.Change, tree.Kinds[7]);
        Assert.Equal(StepKind.Change, tree.Kinds[8]);
        Assert.Equal(StepKind.Explore, tree.Kinds[9]);
        Assert.Equal(StepKind.Change, tree.Kinds[17]);
        Assert.Equal(7, Assert.Single(tree.Roots[5].Children).StepId);
    }

    private static int Count(IReadOnlyList<TraceNode> nodes) => nodes.Sum(n => 1 + Count(n.Children));

    private static string Shape(TraceTree tree) => string.Join(' ', tree.Roots.Select(Shape));

    private static string Shape(TraceNode node) =>
        node.Children.Count == 0 ? node.StepId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{node.StepId}({string.Join(' ', node.Children.Select(Shape))})";
}
