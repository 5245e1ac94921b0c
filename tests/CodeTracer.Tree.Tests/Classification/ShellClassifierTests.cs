using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;

namespace CodeTracer.Tree.Tests.Classification;

public sealed class ShellClassifierTests
{
    [Fact]
    public void ASedInPlaceEditIsAChange() =>
        Assert.Equal(["src/a.py"], ShellClassifier.Classify("sed -i 's/x/y/' src/a.py").Targets);

    [Fact]
    public void ASedPrintIsAnExploration() =>
        Assert.Equal(StepKind.Explore, ShellClassifier.Classify("sed -n '1,20p' src/a.py").Kind);

    [Fact]
    public void ARedirectToDevNullChangesNothing() =>
        Assert.Equal(StepKind.Explore, ShellClassifier.Classify("grep -r foo . > /dev/null 2>&1").Kind);

    [Fact]
    public void AHeredocWriteIsAChangeOfItsTarget()
    {
        var effect = ShellClassifier.Classify("cat > /tmp/t.py << 'EOF'\nprint('a > b')\nEOF\npython /tmp/t.py");
        Assert.Equal(StepKind.Change, effect.Kind);
        Assert.Equal(["/tmp/t.py"], effect.Targets);
        Assert.True(effect.RunsCode);
    }

    [Fact]
    public void APatchScriptWrittenFromAHeredocNamesTheFilesItOpens()
    {
        var effect = ShellClassifier.Classify("cd /testbed && cat > fix.py << 'EOF'\nwith open('django/db/models.py', 'r') as f:\n    c = f.read()\nEOF\npython fix.py");
        Assert.Contains("django/db/models.py", effect.Targets);
    }

    [Fact]
    public void AHeredocBodyIsNotParsedAsCommands() =>
        Assert.Equal(StepKind.Explore, ShellClassifier.Classify("python - << 'EOF'\nimport os\nos.system('rm -rf x') if False else None\nEOF").Kind);

    [Fact]
    public void ACommandInsideBashDashCIsClassified() =>
        Assert.Equal(StepKind.Change, ShellClassifier.Classify("bash -c 'mkdir -p /tmp/x'").Kind);

    [Fact]
    public void AQuotedSeparatorDoesNotSplitTheCommand() =>
        Assert.Equal(StepKind.Explore, ShellClassifier.Classify("grep -E 'a;rm b|c > d' file.txt").Kind);

    [Fact]
    public void AFindThatExecutesRmIsAChange() =>
        Assert.Equal(StepKind.Change, ShellClassifier.Classify("find . -name '*.pyc' -exec rm {} \\;").Kind);

    [Fact]
    public void AGitCheckoutIsAChangeAndGitLogIsNot()
    {
        Assert.Equal(StepKind.Change, ShellClassifier.Classify("git checkout -- a.py").Kind);
        Assert.Equal(StepKind.Explore, ShellClassifier.Classify("git log --oneline -5").Kind);
    }

    [Theory]
    [InlineData("git checkout HEAD -- django/db/models.py", new[] { "django/db/models.py" })]
    [InlineData("git checkout v2.9.0 setup.py", new[] { "setup.py" })]
    [InlineData("git checkout -b fix-branch", new string[0])]
    [InlineData("git restore src/a.py", new[] { "src/a.py" })]
    [InlineData("git commit -am 'fix the parser'", new string[0])]
    public void AGitCommandNamesOnlyTheFilesItRestoresNotTheRevision(string command, string[] files) =>
        Assert.Equal(files, ShellClassifier.Classify(command).Targets);

    [Fact]
    public void ATestRunIsAnExplorationThatRunsCode()
    {
        var effect = ShellClassifier.Classify("cd /testbed && python -m pytest tests/test_a.py -x 2>&1 | tail -20");
        Assert.Equal(StepKind.Explore, effect.Kind);
        Assert.True(effect.RunsCode);
    }
}
