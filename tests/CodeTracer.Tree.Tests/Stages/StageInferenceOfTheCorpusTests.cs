using CodeTracer.Tree.Index;
using CodeTracer.Tree.Tests.Support;

namespace CodeTracer.Tree.Tests.Stages;

/// <summary>
/// Stages of real corpus runs, read through the extractors, written by hand after reading each run's steps.
/// Phases: setup, deps, inspect, patch, verify, other (see <see cref="TreeIndex.PhaseName"/>).
/// </summary>
public sealed class StageInferenceOfTheCorpusTests
{
    [Theory]
    // Reads and a reproduction script (7), then pip installs alternating with re-runs of the script until it runs
    // (8-14), a first fix of np.Inf (17-20) checked at 21, and then the agent circles: probes numpy after the patch
    // (30-32 count as verification: they run code after a change), rewrites iam.py through helper scripts
    // (39-47, 51-52, 55-57, 61-64), installs pytest mid-check (68), reverts two files with git checkout (78-80).
    [InlineData("mini-swe-agent/deepseek_chat_dev/pvlib__pvlib-python-1707",
        "inspect 1-7, deps 8-14, inspect 15-16, patch 17-20, verify 21-21, inspect 22-29, verify 30-32, inspect 33-38, patch 39-47, inspect 48-50, patch 51-52, verify 53-54, patch 55-57, verify 58-60, patch 61-64, verify 65-67, deps 68-68, verify 69-73, inspect 74-76, verify 77-77, patch 78-80, verify 81-82, patch 83-83, verify 84-86, patch 87-91, verify 92-95")]
    // Thirteen greps and reads, a reproduction script (14), pip install pytz / sqlparse to run it (15-16), the
    // backup + sed fix (19-21), pytest and django test runs (22-25), more reading (26-31), edge-case scripts
    // (32-33); the final diff saved to patch.txt between reads (36) is a one-step flicker of the closing reads.
    [InlineData("mini-swe-agent/deepseek_chat_test_1-100/django__django-11039",
        "inspect 1-14, deps 15-16, inspect 17-18, patch 19-21, verify 22-25, inspect 26-31, verify 32-33, inspect 34-38")]
    // cat/ls, a sed fix (5), cat + two runs of the file (6-8), a rewrite with a heredoc (9), git add + diff (10).
    [InlineData("mini-swe-agent/test_data/github_issue.traj.json", "inspect 1-4, patch 5-5, verify 6-8, patch 9-9, verify 10-10")]
    // SWE-agent: create + edit reproduce.py and run it (reproduction), find/open fields.py, two edits of the open
    // file fields.py (7-8), re-run, rm reproduce.py, submit.
    [InlineData("swe-agent/demonstrations/replay__marshmallow-code__marshmallow-1867__function_calling__install-1/marshmallow-code__marshmallow-1867.traj",
        "inspect 1-6, patch 7-8, verify 9-11")]
    // OpenHands: ls and parser.c views, two str_replace edits (12-14), then test files, make, running ponyc on them.
    [InlineData("openhands/multi_swe_bench_example/output.jsonl#ponylang__ponyc-4595", "inspect 1-11, patch 12-14, verify 15-22")]
    // OpenHands: eighteen reads and finds, then fourteen edits of command_parser.pony with views between; never tested.
    [InlineData("openhands/multi_swe_bench_example/output.jsonl#ponylang__ponyc-4593", "inspect 1-18, patch 19-32")]
    // terminal-bench (Claude Code cast): read and run the script, chmod +x it (10), run it again; TodoWrite joins its stage.
    [InlineData("terminal-bench-claude-code/claude_code_gpt5/fix-permissions/fix-permissions.1-of-1.2025-11-09__14-07-43",
        "inspect 1-9, patch 10-11, verify 12-13")]
    // Harbor: read, one Edit of the proof (2), then garbage ":" commands and a coqc between them (3-11, the lone
    // coqc at 7 is a flicker), the final coqc (12).
    [InlineData("terminal-bench-kimi-k2.5/prove-plus-comm__YDACMLN", "inspect 1-1, patch 2-2, inspect 3-11, verify 12-12")]
    // OpenHands llm_completions: views and greps, reproduce_issue.py created and run (7-8: reproduction), one
    // str_replace in global_settings.py (9), the reproduction re-run (10).
    [InlineData("openhands/swebench_verified_claude-3-5-sonnet_run1/llm_completions/django__django-10914", "inspect 1-8, patch 9-9, verify 10-10")]
    // The agent only ever ran ": ls -la /app" and the like: one inspection stage.
    [InlineData("terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe", "inspect 1-35")]
    // Greps and globs for secrets, never acting on them.
    [InlineData("terminal-bench-kimi-k2.5/sanitize-git-repo__tVYCtFW", "inspect 1-10")]
    public void StagesOfARealRunAreTheOnesAReviewerMarks(string run, string expected) =>
        Assert.Equal(expected, Describe(TraceTreeBuilder.Build(CorpusRuns.Read(run))));

    [Fact]
    public void StagesCoverEveryStepOfEveryGoldenRunInOrderWithoutGaps()
    {
        var tree = TraceTreeBuilder.Build(CorpusRuns.Read("mini-swe-agent/deepseek_chat_dev/pvlib__pvlib-python-1707"));
        Assert.Equal(1, tree.Stages[0].FirstStep);
        Assert.Equal(95, tree.Stages[^1].LastStep);
        Assert.All(tree.Stages.Skip(1).Zip(tree.Stages), pair => Assert.Equal(pair.Second.LastStep + 1, pair.First.FirstStep));
        Assert.Equal(Enumerable.Range(1, tree.Stages.Count), tree.Stages.Select(s => s.Id));
    }

    [Fact]
    public void AStageSaysWhatItWasAboutAndHowItEnded()
    {
        var tree = TraceTreeBuilder.Build(CorpusRuns.Read("mini-swe-agent/deepseek_chat_dev/pvlib__pvlib-python-1707"));
        Assert.Equal("Install numpy, pandas, pytz and 2 more", tree.Stages[1].Intent);
        Assert.Equal("Change pvlib/singlediode.py, pvlib/pvsystem.py", tree.Stages[3].Intent);
        Assert.Equal("4 steps, 1 failed (18); 2 files touched; ended without error", tree.Stages[3].Outcome);
        Assert.Equal("Verify with python test_issue.py", tree.Stages[4].Intent);
        Assert.Equal("1 step, no errors; last check ran clean (step 21)", tree.Stages[4].Outcome);
    }

    internal static string Describe(Contracts.Trees.TraceTree tree) =>
        string.Join(", ", tree.Stages.Select(s => $"{TreeIndex.PhaseName(s.Phase)} {s.FirstStep}-{s.LastStep}"));
}
