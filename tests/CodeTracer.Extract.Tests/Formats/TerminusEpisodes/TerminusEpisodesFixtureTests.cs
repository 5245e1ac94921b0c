using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.TerminusEpisodes;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.TerminusEpisodes;

/// <summary>The corpus has no Terminus run, so a hand-written terminal-bench trial in Terminus 2's layout is read.</summary>
public sealed class TerminusEpisodesFixtureTests
{
    public static readonly string Trial = Repository.PathOf("tests/CodeTracer.Extract.Tests/Formats/TerminusEpisodes/Fixtures/hello-world.1-of-1.terminus-2");

    [Fact]
    public void TheTrialIsOneRunWithAStepPerCommand()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Trial).Runs);

        Assert.Equal(TerminusEpisodesExtractor.FormatId, run.Format);
        Assert.Equal(Trial, run.Path);
        Assert.Equal(["episode-0:0", "episode-0:1", "episode-1:0", "episode-1:1"], run.Steps.Select(s => s.Anchor));
        Assert.Equal([1, 2, 3, 4], run.Steps.Select(s => s.Id));
        Assert.All(run.Steps, s => Assert.Equal("keystrokes", s.Tool));
        Assert.Equal(["ls -la", "cat README.md", "echo hello > hello.txt", "cat hello.txt"], run.Steps.Select(s => s.Action));
        Assert.Equal("{\"keystrokes\": \"ls -la\\n\", \"duration\": 0.1}", run.Steps[0].Arguments);
    }

    [Fact]
    public void TheNextPromptAnswersTheEpisodesLastCommand()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Trial).Runs);

        Assert.Equal([false, true, false, true], run.Steps.Select(s => s.HasObservation));
        Assert.All(run.Steps, s => Assert.Null(s.IsError));
        Assert.StartsWith("New Terminal Output:\n\nroot@c0ffee:/app# ls -la\n", run.Steps[1].Observation, StringComparison.Ordinal);
        Assert.EndsWith("hello\nroot@c0ffee:/app# \n", run.Steps[3].Observation, StringComparison.Ordinal);
        Assert.Equal([1, 1, 3, 3], run.Steps.Select(s => s.ParallelGroup));
    }

    [Fact]
    public void TheRunTakesTaskOutcomeAndTokensFromTheTrialResults()
    {
        var run = Assert.Single(RunReader.CreateDefault().Read(Trial).Runs);

        Assert.Equal("terminus", run.Agent);
        Assert.Equal("Create a file called hello.txt in /app containing the word hello.", run.Task);
        Assert.Equal(OutcomeStatus.Resolved, run.Outcome.Status);
        Assert.Equal(3120, run.Metrics.InputTokens);
        Assert.Equal(214, run.Metrics.OutputTokens);
        Assert.Equal("hello.txt holds hello; the task is done.", run.FinalMessage);
        Assert.Equal(RunStatus.Complete, run.Status);
        Assert.Equal(7, run.Sources.Count);
        var step = run.Steps[2];
        Assert.Equal("The README confirms the file goes in /app.", step.Thought);
        Assert.Equal("Write hello into hello.txt and check it.", step.Reasoning);
        Assert.Equal(Path.Combine(Trial, "agent-logs", "episode-1", "response.txt"), step.Provenance.File);
        Assert.Equal("commands[0]", step.Provenance.Location);
    }

    [Fact]
    public void TheAgentLogsFolderAloneIsTheSameRun()
    {
        var logs = Path.Combine(Trial, "agent-logs");

        var run = Assert.Single(RunReader.CreateDefault().Read(logs).Runs);

        Assert.Equal(logs, run.Path);
        Assert.Equal(4, run.Steps.Count);
        Assert.Equal(OutcomeStatus.Resolved, run.Outcome.Status);
    }
}
