using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.SweAgent;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.SweAgent;

public sealed class SweAgentCorpusTests
{
    private const string Pydicom = "swe-agent/test_data/gpt4__swe-bench-dev-easy_first_only__default__t-0.00__p-0.95__c-3.00__install-1/pydicom__pydicom-1458.traj";
    private const string Replay = "swe-agent/test_data/gpt4__swe-agent-test-repo__default_from_url__t-0.00__p-0.95__c-3.00__install-1/6e44b9__sweagenttestrepo-1c2844.traj";
    private const string HistoryOnly = "swe-agent/demonstrations/function_calling_simple.traj";



    [Fact]
    public void ALegacyTrajectoryKeepsItsMetadataMetricsAndSteps()
    {
        var run = ReadOne(Pydicom);
        var file = Corpus.PathOf(Pydicom);

        Assert.Equal("swe-agent", run.Agent);
        Assert.Equal("submitted", run.Metrics.ExitStatus);
        Assert.Equal(122612, run.Metrics.InputTokens);
        Assert.Equal(1369, run.Metrics.OutputTokens);
        Assert.Equal(1.26719m, run.Metrics.CostUsd);
        Assert.StartsWith("We're currently solving the following issue within our repository.", run.Task);
        Assert.StartsWith("\ndiff --git a/pydicom/pixel_data_handlers", run.FinalMessage);
        Assert.Equal(OutcomeStatus.Unknown, run.Outcome.Status);
        Assert.Equal([FileHash.Describe(file)], run.Sources);

        var first = run.Steps[0];
        Assert.Equal("create", first.Tool);
        Assert.Equal("create reproduce_bug.py\n", first.Action);
        Assert.Null(first.Arguments);
        Assert.Null(first.IsError);
        Assert.False(string.IsNullOrEmpty(first.Thought));
        Assert.StartsWith("[File: ", first.Observation);
        Assert.Equal(new Provenance(file, null, "trajectory[0]", FileHash.Sha256(file)), first.Provenance);
    }

    [Fact]
    public void AReplayTrajectoryNamesItsModelFromTheReplayConfig()
    {
        var run = ReadOne(Replay);

        Assert.Equal("gpt-4o", run.Model);
        Assert.Equal(7141, run.Metrics.InputTokens);
    }

    [Fact]
    public void AHistoryOnlyDemonstrationTakesActionsAndToolArgumentsFromHistory()
    {
        var run = ReadOne(HistoryOnly);

        Assert.Equal(SweAgentHistoryOnlyExtractor.FormatId, run.Format);
        var open = run.Steps[1];
        Assert.Equal("history:4", open.Anchor);
        Assert.Equal("open", open.Tool);
        Assert.Equal("{\"path\":\"tests/missing_colon.py\"}", open.Arguments);
        Assert.StartsWith("[File: tests/missing_colon.py (10 lines total)]", open.Observation);
        Assert.StartsWith("We have found the `missing_colon.py` file", open.Thought);
        Assert.Equal("history[4]", open.Provenance.Location);
    }

    private static Run ReadOne(string path)
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf(path));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Runs);
    }
}
