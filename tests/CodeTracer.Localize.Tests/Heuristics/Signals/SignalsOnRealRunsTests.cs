using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Tests.Heuristics.Signals;

/// <summary>Each signal shown on a real corpus run, with the exact steps it names.</summary>
public sealed class SignalsOnRealRunsTests
{
    private const string PypiServer = "terminal-bench-kimi-k2.5/pypi-server__XLnvB86";
    private const string Django15695 = "mini-swe-agent/deepseek_chat_test_1-100/django__django-15695";
    private const string Django11299 = "openhands/swebench_verified_claude-3-5-sonnet_run1/llm_completions/django__django-11299";
    private const string MergeDiff = "terminal-bench-kimi-k2.5/merge-diff-arc-agi-task__yBSGZPs";
    private const string Ponyc4588 = "openhands/multi_swe_bench_example/output.jsonl#ponylang__ponyc-4588";
    private const string HeterogeneousDates = "terminal-bench-claude-code/claude_code_c4/heterogeneous-dates/heterogeneous-dates.1-of-1.2025-11-08__13-10-33";
    private const string EvalMteb = "terminal-bench-claude-code/claude_code_c4/eval-mteb.hard/eval-mteb.hard.1-of-1.2025-11-08__13-10-33";
    private const string Astropy13398 = "openhands/swebench_verified_claude-3-5-sonnet_run1/llm_completions/astropy__astropy-13398";

    [Fact]
    public void MalformedToolCallsFromTheFirstStepAreTheOnsetOfPypiServer()
    {
        var diagnosis = RealRuns.Diagnose(PypiServer);
        Assert.Equal(1, diagnosis.Onset?.Step);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16], diagnosis.Signal("degenerate-actions").Steps);
        Assert.Equal(ErrorCategory.Other, diagnosis.Category);
    }

    [Fact]
    public void TheFirstEditOfATaskFileIsTheOnsetAndAFailedCheckFollowsIt()
    {
        var diagnosis = RealRuns.Diagnose(Astropy13398);
        Assert.Equal(5, diagnosis.Onset?.Step);
        Assert.Equal([5, 7, 9], diagnosis.Signal("product-edit").Steps);
        Assert.Equal([8], diagnosis.Signal("failed-check-after-change").Steps);
        Assert.Equal([8, 10], diagnosis.Signal("repeated-action").Steps);
    }

    [Fact]
    public void EditsUndoneByCopyingTheBackupBackOrCheckingOutHeadAreReverted()
    {
        // 28 is undone by the backup copied back at 33; 35, 38, 56 and 59 by `git checkout HEAD -- …` at 70; 71 at 75.
        var evidence = RealRuns.Diagnose(Django15695).Signal("reverted-edit");
        Assert.Equal([28, 33, 35, 38, 56, 59, 70, 71, 75], evidence.Steps);
    }

    [Fact]
    public void EightExplorationsPastFifteenInARowAreStagnation()
    {
        var diagnosis = RealRuns.Diagnose(Django11299);
        Assert.Equal([36, 37, 38, 39, 40, 41, 42, 43], diagnosis.Signal("stagnation").Steps);
        Assert.Equal([3, 6, 9, 11, 17], diagnosis.Signal("retried-failure").Steps);
        Assert.Contains(36, diagnosis.Unuseful);
    }

    [Fact]
    public void AHarnessTimeoutIsBudgetExhaustionAtTheLastStep()
    {
        Assert.Equal([60], RealRuns.Diagnose(MergeDiff).Signal("budget-exhausted").Steps);
        Assert.Equal([49], RealRuns.Diagnose(Ponyc4588).Signal("budget-exhausted").Steps);
    }

    [Fact]
    public void AnOpenHandsRunThatUsedItsFiftyIterationsRanOutOfBudget()
    {
        var evidence = RealRuns.Diagnose(Django11299).Signal("budget-exhausted");
        Assert.Equal([49], evidence.Steps);
        Assert.Contains("49 of the 50 steps", evidence.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimOfSuccessInAFailedRunIsContradictedAtItsLastCheck()
    {
        var diagnosis = RealRuns.Diagnose(HeterogeneousDates);
        Assert.Equal([8], diagnosis.Signal("contradicted-claim").Steps);
        Assert.Equal([7], diagnosis.Signal("unverified-change").Steps);
        Assert.Equal(7, diagnosis.Onset?.Step);
        Assert.Equal(ErrorCategory.VerificationMisinterpretation, diagnosis.Category);
    }

    [Fact]
    public void AFailingCommandRetriedUnchangedIsAnUnrecoveredErrorAndABlindRetry()
    {
        var diagnosis = RealRuns.Diagnose(EvalMteb);
        Assert.Equal([10, 13, 21], diagnosis.Signal("unrecovered-error").Steps);
        Assert.Equal([10, 13], diagnosis.Signal("retried-failure").Steps);
        Assert.Equal([10, 13], diagnosis.Signal("failed-check-after-change").Steps);
        Assert.Equal([25], diagnosis.Signal("contradicted-claim").Steps);
        Assert.Equal(10, diagnosis.Onset?.Step);
    }

    [Fact]
    public void TheDiagnosisNamesStageReplayPointAndProvenanceOfItsEvidence()
    {
        var (run, tree) = RealRuns.Load(Astropy13398);
        var diagnosis = new CodeTracer.Localize.Heuristics.HeuristicLocalizer().Localize(run, tree);

        Assert.Equal(tree.StageOf(5)!.Id, diagnosis.SuspiciousStage);
        Assert.Equal(4, diagnosis.Replay!.ResumeFromStep);
        Assert.Contains("Step 5", diagnosis.Replay.Instruction, StringComparison.Ordinal);
        var edits = diagnosis.Signal("product-edit");
        Assert.Equal(edits.Steps.Select(id => run.Steps.Single(s => s.Id == id).Provenance), edits.Sources);
        Assert.Equal(0, diagnosis.Cost!.InputTokens);
    }
}
