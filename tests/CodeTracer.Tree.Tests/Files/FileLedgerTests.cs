using CodeTracer.Contracts.Trees;
using CodeTracer.Testing;
using CodeTracer.Tree.Tests.Support;

namespace CodeTracer.Tree.Tests.Files;

public sealed class FileLedgerTests
{
    private static readonly TraceTree Pvlib = TraceTreeBuilder.Build(CorpusRuns.Read("mini-swe-agent/deepseek_chat_dev/pvlib__pvlib-python-1707"));

    [Fact]
    public void TheLastStepThatTouchedAFileIsFoundWhateverFolderItIsNamedFrom()
    {
        // 91: sed -i on ./pvlib/iam.py, the last of many rewrites (asked for by its absolute path in the container).
        Assert.Equal(new FileChange(91, "./pvlib/iam.py", FileChangeKind.Modified), Pvlib.LastTouch("/testbed/pvlib/iam.py"));
        Assert.Equal(91, Pvlib.LastTouch("pvlib/iam.py")!.StepId);
    }

    [Fact]
    public void AnEditThatWasLaterRevertedShowsInTheFilesHistory()
    {
        // 20: sed -i fixes np.Inf; 78: git checkout -- reverts it; 80: sed -i applies it again.
        Assert.Equal([20, 78, 80], Pvlib.TouchesOf("pvlib/pvsystem.py").Select(c => c.StepId));
        Assert.All(Pvlib.TouchesOf("pvlib/pvsystem.py"), c => Assert.Equal(FileChangeKind.Modified, c.Kind));
    }

    [Fact]
    public void AFileWrittenWholeForTheFirstTimeIsCreatedAndLaterWritesModifyIt()
    {
        Assert.Equal(new FileChange(7, "test_issue.py", FileChangeKind.Created), Assert.Single(Pvlib.TouchesOf("test_issue.py")));
        Assert.Equal([(73, FileChangeKind.Created), (86, FileChangeKind.Modified), (93, FileChangeKind.Modified)],
            Pvlib.TouchesOf("patch.txt").Select(c => (c.StepId, c.Kind)));
    }

    [Fact]
    public void ARemovedReproductionScriptEndsDeletedAndEditsGoToTheOpenFile()
    {
        var tree = TraceTreeBuilder.Build(CorpusRuns.Read(
            "swe-agent/demonstrations/replay__marshmallow-code__marshmallow-1867__function_calling__install-1/marshmallow-code__marshmallow-1867.traj"));

        Assert.Equal([(1, FileChangeKind.Created), (2, FileChangeKind.Modified), (10, FileChangeKind.Deleted)],
            tree.TouchesOf("reproduce.py").Select(c => (c.StepId, c.Kind)));
        Assert.Equal([7, 8], tree.TouchesOf("src/marshmallow/fields.py").Select(c => c.StepId));
    }

    [Fact]
    public void AnApplyPatchEnvelopeNamesTheFilesItAddsUpdatesAndDeletes()
    {
        var patch = "*** Begin Patch\n*** Add File: src/new.ts\n+x\n*** Update File: src/a.ts\n@@\n-a\n+b\n*** Delete File: src/old.ts\n*** End Patch";
        var run = new RunBuilder().Add("apply_patch", patch, "Done!", false, null).Build();

        Assert.Equal(
            [new FileChange(1, "src/new.ts", FileChangeKind.Created), new FileChange(1, "src/a.ts", FileChangeKind.Modified), new FileChange(1, "src/old.ts", FileChangeKind.Deleted)],
            TraceTreeBuilder.Build(run).FileChanges);
    }

    [Fact]
    public void MoveDeletesItsSourceAndCreatesItsTarget()
    {
        var run = new RunBuilder().Bash("mv a.txt b.txt").Build();

        Assert.Equal([new FileChange(1, "a.txt", FileChangeKind.Deleted), new FileChange(1, "b.txt", FileChangeKind.Created)],
            TraceTreeBuilder.Build(run).FileChanges);
    }

    [Fact]
    public void AFileNoStepTouchedHasNoLastTouchAndAPartialNameDoesNotMatch()
    {
        Assert.Null(Pvlib.LastTouch("pvlib/nothing.py"));
        Assert.Null(Pvlib.LastTouch("am.py"));
    }
}
