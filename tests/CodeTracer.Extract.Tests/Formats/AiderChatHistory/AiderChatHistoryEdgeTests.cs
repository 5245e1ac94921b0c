using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.AiderChatHistory;
using CodeTracer.Extract.Tests.Formats.Support;
using CodeTracer.Extract.Tests.Support;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.AiderChatHistory;

public sealed class AiderChatHistoryEdgeTests
{
    private const string History = """

        # aider chat started at 2025-01-01 10:00:00

        > Aider v0.80.0
        > Model: gpt-4o with diff edit format

        #### fix the bug

        The bug is in app.py.

        app.py
        ```python
        <<<<<<< SEARCH
        x = 1
        =======
        x = 2
        >>>>>>> REPLACE
        ```

        > The LLM did not conform to the edit format.

        Let me run the tests.

        ```bash
        pytest -q
        ```

        > Run shell command? (Y)es/(N)o [Yes]: y
        > Running pytest -q

        Done, nothing else to change.

        """;

    public static TheoryData<string> OtherFormats => CorpusCandidates.PathsOfOtherFormats(AiderChatHistoryExtractor.FormatId);

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public void OtherFormatsRunsAreRatedBelowOneHalf(string path) =>
        Assert.True(new AiderChatHistoryExtractor().Detect(CorpusCandidates.Of(path)).Confidence < FormatRegistry.MinimumConfidence);

    [Theory]
    [InlineData("aider/zen-mcp-server/.aider.input.history")]
    [InlineData("STEPS.md")]
    [InlineData("FORMATS.md")]
    public void TheInputHistoryAndOtherMarkdownAreNotClaimed(string path) =>
        Assert.Equal(0, new AiderChatHistoryExtractor().Detect(RunCandidate.ForFile(Corpus.PathOf(path))).Confidence);

    [Fact]
    public void SearchReplaceBlocksAreEditsAndBashBlocksAreShellCommands()
    {
        using var temp = new TempFolder();
        var file = temp.Write(".aider.chat.history.md", History);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(["s1:r0", "s1:r1"], run.Steps.Select(s => s.Anchor));
        Assert.Equal(["edit", "shell"], run.Steps.Select(s => s.Tool));
        Assert.StartsWith("app.py\n```python\n<<<<<<< SEARCH\n", run.Steps[0].Action, StringComparison.Ordinal);
        Assert.Equal("pytest -q", run.Steps[1].Action);
        Assert.Equal([true, false], run.Steps.Select(s => s.IsError));
        Assert.Equal("Done, nothing else to change.", run.FinalMessage);
        Assert.Equal("gpt-4o", run.Model);
    }

    [Fact]
    public void AHistoryCutInsideAFencedBlockIsPartialAndNamesTheLine()
    {
        using var temp = new TempFolder();
        var cut = History[..History.IndexOf("x = 2", StringComparison.Ordinal)];
        var file = temp.Write(".aider.chat.history.md", cut);

        var run = Assert.Single(RunReader.CreateDefault().Read(file).Runs);

        Assert.Equal(RunStatus.Partial, run.Status);
        var damage = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(file, damage.File);
        Assert.Equal(12, damage.Line);
        Assert.Equal("s1:r0", Assert.Single(run.Steps).Anchor);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData(DamagedCopy.LfsPointer, "Git LFS pointer")]
    [InlineData("# Notes\n\nsome text\n", "is not an Aider chat history")]
    public void EmptyLfsAndWrongShapeFilesAreClearErrors(string content, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write(".aider.chat.history.md", content);

        var result = RunReader.CreateDefault().Read(file);

        Assert.Empty(result.Runs);
        Assert.Contains(message, Assert.Single(result.Errors).Error, StringComparison.Ordinal);
    }
}
