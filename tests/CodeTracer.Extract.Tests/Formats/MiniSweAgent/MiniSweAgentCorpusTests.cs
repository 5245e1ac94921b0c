using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Extract.Input;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.MiniSweAgent;

public sealed class MiniSweAgentCorpusTests
{
    private const string Resolved = "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256";
    private const string Unresolved = "mini-swe-agent/deepseek_chat_dev/pvlib__pvlib-python-1154";
    private const string DevSummary = "mini-swe-agent/deepseek_chat_dev/deepseek__deepseek-chat.deepseek_chat_dev.json";



    [Fact]
    public void AResolvedInstanceTakesItsOutcomeFromTheHarnessSummary()
    {
        var run = ReadOne(Resolved);

        Assert.Equal(new RunOutcome(OutcomeStatus.Resolved, Corpus.PathOf(DevSummary), "listed in resolved_ids"), run.Outcome);
        Assert.Contains(run.Sources, s => s.Path == Corpus.PathOf(DevSummary));
    }

    [Fact]
    public void AnUnresolvedInstanceIsFailedByTheHarnessSummary()
    {
        var run = ReadOne(Unresolved);

        Assert.Equal(new RunOutcome(OutcomeStatus.Failed, Corpus.PathOf(DevSummary), "listed in unresolved_ids"), run.Outcome);
    }

    [Fact]
    public void AToolCallRunKeepsItsMetadataAndMetrics()
    {
        var run = ReadOne(Resolved);
        var file = Corpus.PathOf(Resolved + "/pydicom__pydicom-1256.traj.json");

        Assert.Equal("mini-swe-agent", run.Agent);
        Assert.Equal("2.2.7", run.FormatVersion);
        Assert.Equal("deepseek/deepseek-chat", run.Model);
        Assert.StartsWith("<pr_description>\nConsider the following PR description:\nfrom_json does not correctly convert", run.Task);
        Assert.Equal("Submitted", run.Metrics.ExitStatus);
        Assert.Equal(0.03148902399999999m, run.Metrics.CostUsd);
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.StartsWith("diff --git a/pydicom/jsonrep.py", run.FinalMessage);
        Assert.Equal(FileHash.Describe(file), run.Sources[0]);
    }

    [Fact]
    public void AToolCallStepCarriesCommandOutputExitCodeTokensAndProvenance()
    {
        var run = ReadOne(Resolved);
        var file = Corpus.PathOf(Resolved + "/pydicom__pydicom-1256.traj.json");

        var first = run.Steps[0];
        Assert.Equal("{\"command\": \"find . -type f -name \\\"*.py\\\" | grep -E \\\"(jsonrep|json)\\\" | head -20\"}", first.Arguments);
        Assert.Equal("find . -type f -name \"*.py\" | grep -E \"(jsonrep|json)\" | head -20", first.Action);
        Assert.Equal("<returncode>0</returncode>\n<output>\n./pydicom/jsonrep.py\n./pydicom/tests/test_json.py\n</output>", first.Observation);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(new TokenUsage(1671, 88, 320), first.Tokens);
        Assert.StartsWith("I'll start by exploring the codebase", first.Thought);
        Assert.Equal(1, first.ParallelGroup);
        Assert.Equal(new Provenance(file, null, "messages[2].tool_calls[0]", FileHash.Sha256(file)), first.Provenance);
        Assert.NotNull(first.StartedAt);
        Assert.True(first.EndedAt >= first.StartedAt);

        var submit = run.Steps[^1];
        Assert.False(submit.HasObservation);
        Assert.Null(submit.Observation);
        Assert.Null(submit.IsError);
    }

    [Fact]
    public void ATextStyleRunReadsCommandBlocksAndReturnCodes()
    {
        var run = ReadOne("mini-swe-agent/test_data/github_issue.traj.json");

        Assert.Equal(MiniSweAgentTextExtractor.FormatId, run.Format);
        Assert.StartsWith("Please solve this issue: GitHub Issue: SyntaxError", run.Task);
        Assert.Equal(OutcomeStatus.Unknown, run.Outcome.Status);
        var failing = run.Steps[0];
        Assert.Equal("bash", failing.Tool);
        Assert.Equal(1, failing.ExitCode);
        Assert.True(failing.IsError);
        Assert.StartsWith("<returncode>1</returncode>", failing.Observation);
        Assert.Equal("messages[2]", failing.Provenance.Location);
    }

    private static Run ReadOne(string path)
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf(path));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Runs);
    }
}
