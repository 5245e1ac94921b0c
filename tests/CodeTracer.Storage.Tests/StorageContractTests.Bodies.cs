using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Tests.Support;

namespace CodeTracer.Storage.Tests;

public abstract partial class StorageContractTests
{
    [SkippableFact]
    public async Task ATraceTreeRoundTripsWithItsKinds()
    {
        await Store.Trees.SaveAsync("run-0000000000000001", Samples.Hash("a"), Samples.Tree(), Ct);

        var tree = await Store.Trees.GetAsync("run-0000000000000001", Ct);

        Assert.Equal(Samples.Json(Samples.Tree()), Samples.Json(tree));
        Assert.Equal((2, 1), (tree!.ExploreCount, tree.ChangeCount));
    }

    [SkippableFact]
    public async Task SavingATreeAgainReplacesIt()
    {
        await Store.Trees.SaveAsync("run-0000000000000001", Samples.Hash("a"), Samples.Tree(), Ct);
        var rebuilt = new TraceTree([new TraceNode(1, StepKind.Change, [])], new Dictionary<int, StepKind> { [1] = StepKind.Change });

        await Store.Trees.SaveAsync("run-0000000000000001", Samples.Hash("a"), rebuilt, Ct);

        Assert.Equal(Samples.Json(rebuilt), Samples.Json(await Store.Trees.GetAsync("run-0000000000000001", Ct)));
    }

    [SkippableFact]
    public async Task ADiagnosisRoundTripsAndSavingAgainReplacesIt()
    {
        await Store.Diagnoses.SaveAsync("run-0000000000000001", Samples.Hash("a"), Samples.Diagnosis(), Ct);
        Assert.Equal(Samples.Json(Samples.Diagnosis()), Samples.Json(await Store.Diagnoses.GetAsync("run-0000000000000001", Ct)));

        var healthy = Samples.Diagnosis() with { Onset = null, Incorrect = [], Evidence = [], Confidence = 0.9 };
        await Store.Diagnoses.SaveAsync("run-0000000000000001", Samples.Hash("a"), healthy, Ct);

        Assert.Equal(Samples.Json(healthy), Samples.Json(await Store.Diagnoses.GetAsync("run-0000000000000001", Ct)));
    }

    [SkippableFact]
    public async Task AMissingTreeOrDiagnosisIsNull()
    {
        await Store.Trees.SaveAsync("run-0000000000000001", Samples.Hash("a"), Samples.Tree(), Ct);

        Assert.Null(await Store.Trees.GetAsync("run-0000000000000002", Ct));
        Assert.Null(await Store.Diagnoses.GetAsync("run-0000000000000001", Ct));
    }
}
