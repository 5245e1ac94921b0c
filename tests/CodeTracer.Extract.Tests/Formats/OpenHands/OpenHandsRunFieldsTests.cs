using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Input;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.OpenHands;

public sealed class OpenHandsRunFieldsTests
{
    private const string MultiSwe = "openhands/multi_swe_bench_example/output.jsonl";
    private const string EvalRun = "openhands/swebench_verified_claude-3-5-sonnet_run1";

    [Fact]
    public void AnEvalRecordCarriesModelTaskMetricsAndALinkedStepWithProvenance()
    {
        var file = Corpus.PathOf(MultiSwe);
        var run = Read(MultiSwe + "#ponylang__ponyc-4595");

        Assert.Equal("openhands", run.Agent);
        Assert.Equal("openai/openrouter-llama-4-maverick", run.Model);
        Assert.StartsWith("<uploaded_files>\n/workspace/ponylang__ponyc__0.1", run.Task);
        Assert.Equal(565158, run.Metrics.InputTokens);
        Assert.Equal(2558, run.Metrics.OutputTokens);
        Assert.StartsWith("The issue with the `ponyc` compiler segfaulting", run.FinalMessage);
        Assert.Equal(FileHash.Describe(file), Assert.Single(run.Sources));

        var first = run.Steps[0];
        Assert.Equal("ls -l /workspace/ponylang__ponyc__0.1", first.Action);
        Assert.Contains("ls -l /workspace/ponylang__ponyc__0.1", first.Arguments, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("total 300", first.Observation);
        Assert.StartsWith("The task involves fixing an issue", first.Thought);
        Assert.True(first.EndedAt > first.StartedAt);
        Assert.Equal(new Provenance(file, 1, "history[4]", FileHash.Sha256(file)), first.Provenance);
        Assert.Equal(127, run.Steps.Single(s => s.Anchor == "35").ExitCode);
    }

    [Fact]
    public void ARecordWithoutATestVerdictButWithAHarnessErrorFailed()
    {
        var run = Read(MultiSwe + "#ponylang__ponyc-4588");

        Assert.Equal(OutcomeStatus.Failed, run.Outcome.Status);
        Assert.StartsWith("error: RuntimeError: Agent reached maximum iteration", run.Outcome.Detail);
        Assert.StartsWith("RuntimeError", run.Metrics.ExitStatus);
    }

    [Fact]
    public void AResolverRecordPairsEachActionWithTheNextObservation()
    {
        var run = Read("openhands/resolver_mock_output/output.jsonl#issue5");

        Assert.Equal(new RunOutcome(OutcomeStatus.Resolved, Corpus.PathOf("openhands/resolver_mock_output/output.jsonl"), "success: true"), run.Outcome);
        Assert.Equal(["history:1", "history:3", "history:5"], run.Steps.Select(s => s.Anchor));
        Assert.Equal("run_ipython", run.Steps[1].Tool);
        Assert.StartsWith("MIT License has been added", run.Steps[1].Observation);
        Assert.StartsWith("The MIT License has been successfully added", run.FinalMessage);
        Assert.Equal(0.070713m, run.Metrics.CostUsd);
    }

    [Fact]
    public void TheLastCallOfAnLlmCompletionsFolderHoldsTheConversationAndTheReportTheOutcome()
    {
        var folder = EvalRun + "/llm_completions/django__django-10914";
        var run = Read(folder);

        Assert.Equal("litellm_proxy/claude-3-5-sonnet-20241022", run.Model);
        Assert.Equal(new RunOutcome(OutcomeStatus.Resolved, Corpus.PathOf(EvalRun + "/output.swebench_eval.md"), "listed under Resolved Instances"), run.Outcome);
        Assert.StartsWith("Perfect! The fix works", run.FinalMessage);
        Assert.StartsWith("<uploaded_files>", run.Task);
        var step = run.Steps[1];
        Assert.Equal("cd /workspace/django__django__3.0 && ls -la", step.Action);
        Assert.StartsWith("cd /workspace/django__django__3.0 && ls -la\r\ntotal", step.Observation);
        Assert.Null(step.IsError);
        Assert.Equal("messages[4].tool_calls[0]", step.Provenance.Location);
        Assert.EndsWith("1733343813.59883.json", step.Provenance.File, StringComparison.Ordinal);
    }

    [Fact]
    public void AV1ConversationFolderTakesModelCostAndStatusFromItsBaseState()
    {
        var run = Read("openhands-sdk/conversations/cd94562403b9487ebdd4018e3f531dfd");

        Assert.Equal("openai/gpt-4o-mini", run.Model);
        Assert.Equal("finished", run.Metrics.ExitStatus);
        Assert.Equal(0.00122745m, run.Metrics.CostUsd);
        Assert.StartsWith("Use the terminal tool to run `pwd`", run.Task);
        Assert.StartsWith("I executed the `pwd` command", run.FinalMessage);
        Assert.Equal(0, run.Steps[0].ExitCode);
        Assert.Equal("{\"command\":\"pwd > tool_output.txt\",\"security_risk\":\"LOW\",\"summary\":\"Get current directory and write to tool_output.txt\"}", run.Steps[0].Arguments);
        Assert.Equal(9, run.Sources.Count);
    }

    [Fact]
    public void AV1EventsFileReportsTheObservationWhoseActionWasTrimmed()
    {
        var run = Read("openhands-sdk/goal_fixture/events.jsonl");

        var orphan = Assert.Single(run.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Info, 7L), (orphan.Severity, orphan.Line!.Value));
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.Equal("litellm_proxy/minimax-m2.7", run.Model);
        Assert.StartsWith("Let me analyze the task", run.Steps[0].Reasoning);
        Assert.Equal(1, run.Steps[1].ExitCode);
    }

    [Fact]
    public void AFileStoreSessionWithoutActionsIsNotStartedAndListsEveryFileItRead()
    {
        var run = Read("openhands/session_filestore/sessions/5920ba2239694034b186fcf1db9a7069");

        Assert.Equal(RunStatus.NotStarted, run.Status);
        Assert.Equal("anthropic/claude-3-7-sonnet-20250219", run.Model);
        Assert.Equal(5, run.Sources.Count);
        Assert.EndsWith("metadata.json", run.Sources[0].Path, StringComparison.Ordinal);
    }

    private static Run Read(string path)
    {
        var result = RunReader.CreateDefault().Read(Corpus.PathOf(path.Split('#')[0]));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Runs, r => r.Path == Corpus.PathOf(path));
    }
}
