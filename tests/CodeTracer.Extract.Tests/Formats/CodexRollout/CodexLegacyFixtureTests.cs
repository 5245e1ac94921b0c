using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.CodexRollout;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.CodexRollout;

/// <summary>The corpus has no legacy rollout (no licence upstream), so a hand-written one in FORMATS.md's layout is read.</summary>
public sealed class CodexLegacyFixtureTests
{
    public static readonly string Fixture = Repository.PathOf("tests/CodeTracer.Extract.Tests/Formats/CodexRollout/Fixtures/rollout-2025-09-02T10-00-00-legacy.jsonl");

    [Fact]
    public void TheLegacyRolloutIsDetectedAndGivesOneStepPerFunctionCall()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Fixture).Runs);

        Assert.Equal(CodexLegacyExtractor.FormatId, run.Format);
        Assert.Equal(Fixture, run.Path);
        Assert.Equal(["call_A1", "call_B2", "call_C3", "call_D4"], run.Steps.Select(s => s.Anchor));
        Assert.Equal([1, 2, 3, 4], run.Steps.Select(s => s.Id));
        Assert.Equal(["shell", "apply_patch", "shell", "shell"], run.Steps.Select(s => s.Tool));
        Assert.Equal(["pytest -q",
            "{\"input\":\"*** Begin Patch\\n*** Update File: calc.py\\n@@\\n-    return a - b\\n+    return a + b\\n*** End Patch\\n\"}",
            "cat calc.py", "rm -rf /tmp/cache"], run.Steps.Select(s => s.Action));
    }

    [Fact]
    public void ErrorsComeFromTheExitCodeInTheOutputOrAnErrorPrefix()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Fixture).Runs);

        Assert.All(run.Steps, s => Assert.True(s.HasObservation));
        Assert.Equal([true, false, false, true], run.Steps.Select(s => s.IsError));
        Assert.Equal([1, 0, 0, null], run.Steps.Select(s => s.ExitCode));
        Assert.Equal("error: sandbox denied the command", run.Steps[3].Observation);
    }

    [Fact]
    public void TheRunAndStepsCarryTaskTextReasoningGroupsAndLines()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Fixture).Runs);

        Assert.Equal("codex", run.Agent);
        Assert.Equal("Fix the failing test in calc.py", run.Task);
        Assert.Equal("Fixed add() in calc.py.", run.FinalMessage);
        Assert.Equal(DateTimeOffset.Parse("2025-09-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), run.Metrics.StartedAt);
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.Equal("**Looking at the tests**", run.Steps[0].Reasoning);
        Assert.Equal("The add function subtracts; fixing it.", run.Steps[1].Thought);
        Assert.Equal([1, 2, 2, 4], run.Steps.Select(s => s.ParallelGroup));
        Assert.Equal("{\"command\":[\"bash\",\"-lc\",\"pytest -q\"],\"workdir\":\"/work/repo\"}", run.Steps[0].Arguments);
        Assert.Equal(new Provenance(Fixture, 7, null, run.Sources[0].Sha256), run.Steps[0].Provenance);
    }
}
