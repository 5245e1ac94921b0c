using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Testing;
using CodeTracer.Tree;

namespace CodeTracer.Localize.Tests.Heuristics;

public sealed class HeuristicLocalizerTests
{
    private const string Traceback = "Traceback (most recent call last):\n  File \"repro.py\", line 3, in <module>\nAttributeError: 'NoneType' object has no attribute 'db'";

    [Fact]
    public void AFailedRunWithNoOtherSignalEndsAtItsLastStep()
    {
        var run = new RunBuilder().Bash("ls", "a.txt").Bash("cat a.txt", "hello").Build();
        var diagnosis = Localize(run);
        Assert.Equal(2, diagnosis.Onset?.Step);
        Assert.True(diagnosis.Confidence < SignalCalibration.For("product-edit"));
    }

    [Fact]
    public void ARunWithNoStepsHasNoOnset()
    {
        var diagnosis = Localize(new RunBuilder().Build());
        Assert.Null(diagnosis.Onset);
        Assert.Equal("heuristic", diagnosis.Method);
    }

    [Fact]
    public void TheFirstEditOfAFileTheAgentHadReadIsTheOnsetOfAFailedRun()
    {
        var run = new RunBuilder()
            .Bash("grep -n 'def check' django/core/checks/model_checks.py", "12:def check_all_models(app_configs=None):")
            .Bash("cat > repro.py << 'EOF'\nimport django\nEOF", "")
            .Bash("python repro.py", Traceback, isError: null)
            .Bash("sed -i 's/errors = \\[\\]/errors = None/' django/core/checks/model_checks.py", "")
            .Bash("python repro.py", Traceback, isError: null)
            .Bash("sed -i '20d' django/core/checks/model_checks.py", "")
            .Build();

        var diagnosis = Localize(run);

        Assert.Equal(new StepRef(4, "a4"), diagnosis.Onset);
        Assert.Equal([4, 6], diagnosis.Incorrect);
        Assert.Contains(diagnosis.Evidence, e => e.Signal == "failed-check-after-change" && e.Steps.Contains(5));
        Assert.InRange(diagnosis.Confidence, 0.6, 1);
    }

    [Fact]
    public void ScratchFilesAndRestoredBackupsAreNotPartOfTheChain()
    {
        var run = new RunBuilder()
            .Tool("Read", """{"file_path": "/app/src/lib.py"}""", "def f(): pass")
            .Tool("Write", """{"file_path": "/app/test_lib.py", "content": "from src.lib import f"}""", "ok")
            .Bash("cp /app/src/lib.py /app/src/lib.py.bak", "")
            .Tool("Edit", """{"file_path": "/app/src/lib.py", "old_string": "pass", "new_string": "return 1"}""", "ok")
            .Bash("cp /app/src/lib.py.bak /app/src/lib.py", "")
            .Tool("Edit", """{"file_path": "/app/src/lib.py", "old_string": "pass", "new_string": "return 2"}""", "ok")
            .Tool("Edit", """{"file_path": "/app/test_lib.py", "old_string": "f", "new_string": "g"}""", "ok")
            .Bash("python -m pytest /app/test_lib.py", "1 passed")
            .Build();

        Assert.Equal([4, 6], Localize(run).Incorrect);
    }

    [Fact]
    public void AResolvedRunWithOrdinaryEditsHasNoOnset()
    {
        var builder = new RunBuilder { Outcome = OutcomeStatus.Resolved };
        var run = builder
            .Bash("cat src/a.py", "x = 1")
            .Bash("sed -i 's/1/2/' src/a.py", "")
            .Bash("python -m pytest", "3 passed")
            .Build();

        var diagnosis = Localize(run);

        Assert.Null(diagnosis.Onset);
        Assert.NotEmpty(diagnosis.Evidence);
    }

    [Fact]
    public void ARunLostInNoOpCallsIsDiagnosedEvenWhenResolvedIsNotClaimed()
    {
        var run = new RunBuilder()
            .Bash("ls -la /app", "total 0")
            .Bash(": ls -la /app", "")
            .Bash(":", "")
            .Bash(": pwd", "")
            .Bash(", \"description\": \"list\"}", "bash: ,: command not found", isError: true)
            .Build();

        var diagnosis = Localize(run);

        Assert.Equal(2, diagnosis.Onset?.Step);
        Assert.Equal([2, 3, 4, 5], diagnosis.Incorrect);
        Assert.StartsWith("degenerate-actions", diagnosis.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnErrorSeenOnlyInTheObservationTextCountsWhenTheFormatHasNoFlag()
    {
        var run = new RunBuilder()
            .Bash("python -c 'import yaml'", "ModuleNotFoundError: No module named 'yaml'", isError: null)
            .Bash("ls", "a.py")
            .Build();

        var diagnosis = Localize(run);

        Assert.Equal(1, diagnosis.Onset?.Step);
        Assert.Contains(diagnosis.Evidence, e => e.Signal == "unrecovered-error");
    }

    [Fact]
    public void AnErrorFixedByALaterIdenticalCallIsNotUnrecovered()
    {
        var run = new RunBuilder()
            .Bash("python repro.py", "", isError: null, exitCode: 1)
            .Bash("pip install numpy", "Successfully installed numpy")
            .Bash("python repro.py", "ok", isError: null, exitCode: 0)
            .Build();

        Assert.DoesNotContain(Localize(run).Evidence, e => e.Signal == "unrecovered-error");
    }

    [Fact]
    public void RepeatedIdenticalActionsAreUnusefulWhateverTheirSpacing()
    {
        var run = new RunBuilder { Outcome = OutcomeStatus.Unknown }
            .Bash("grep -rn foo  src", "")
            .Bash("grep -rn foo src", "")
            .Bash("grep  -rn foo src ", "")
            .Build();

        Assert.Equal([2, 3], Localize(run).Unuseful);
    }

    [Fact]
    public void TheSameFailingCommandRetriedIsReported()
    {
        var run = new RunBuilder()
            .Bash("make test", "make: *** [test] Error 2", isError: true)
            .Bash("make test", "make: *** [test] Error 2", isError: true)
            .Bash("make test", "make: *** [test] Error 2", isError: true)
            .Build();

        var retried = Assert.Single(Localize(run).Evidence, e => e.Signal == "retried-failure");
        Assert.Equal([1, 2, 3], retried.Steps);
    }

    [Fact]
    public void AChangeAfterTheLastTestRunIsUnverified()
    {
        var run = new RunBuilder()
            .Tool("Read", """{"file_path": "/app/data.csv"}""", "a,b")
            .Bash("python3 compute.py", "11.43")
            .Tool("Write", """{"file_path": "/app/avg_temp.txt", "content": "11.43"}""", "ok")
            .Build();

        var diagnosis = Localize(run);

        Assert.Contains(diagnosis.Evidence, e => e.Signal == "unverified-change" && e.Steps.SequenceEqual([3]));
        Assert.Equal(3, diagnosis.Onset?.Step);
    }

    private static Diagnosis Localize(Run run) => new HeuristicLocalizer().Localize(run, TraceTreeBuilder.Build(run));
}
