using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.AiderChatHistory;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.AiderChatHistory;

public sealed class AiderChatHistoryCorpusTests
{
    public const string OpenCoder = "aider/OpenCoder/.aider.chat.history.md";



    [Fact]
    public void TheHistoryCountsItsSessionsAndRepliesAndNamesModelAndTask()
    {
        var run = CorpusRuns.ReadSingle(OpenCoder);

        Assert.Equal("aider", run.Agent);
        Assert.Equal("ollama/gpt-oss:20b", run.Model);
        Assert.Equal("0.86.3.dev12+gb23516061", run.AgentVersion);
        Assert.Equal("Crea una función hello world en un archivo nuevo...", run.Task);
        Assert.Contains(run.Diagnostics, d => d.Message == "34 session(s), 5 assistant repl(ies), 3 with an edit block or shell command");
    }

    [Fact]
    public void AnEditStepKeepsItsConfirmationLinesAndReplyLine()
    {
        var run = CorpusRuns.ReadSingle(OpenCoder);
        var last = run.Steps[^1];

        Assert.Equal("s33:r0", last.Anchor);
        Assert.Equal("test_file.py\n```\nprint(\"Hello from Aider!\")\n```\n", last.Action);
        Assert.Contains("Applied edit to test_file.py", last.Observation, StringComparison.Ordinal);
        Assert.Equal(new Provenance(run.Path, 1299, "s33:r0", run.Sources[0].Sha256), last.Provenance);
        Assert.StartsWith("I'll create a new file test_file.py", last.Thought, StringComparison.Ordinal);
    }

    [Fact]
    public void AHistoryWithoutAnyEditIsARunThatNeverStarted()
    {
        var run = CorpusRuns.ReadSingle("aider/zen-mcp-server/.aider.chat.history.md");

        Assert.Empty(run.Steps);
        Assert.Equal(RunStatus.NotStarted, run.Status);
    }
}
