using CodeTracer.Contracts.Trees;
using CodeTracer.Testing;
using CodeTracer.Tree.Classification;

namespace CodeTracer.Tree.Tests.Classification;

public sealed class StepClassifierTests
{
    [Theory]
    [InlineData("Edit", """{"file_path": "/app/a.py", "old_string": "x", "new_string": "y"}""", StepKind.Change)]
    [InlineData("Write", """{"file_path": "/app/a.py", "content": "print(1)"}""", StepKind.Change)]
    [InlineData("MultiEdit", """{"file_path": "/app/a.py", "edits": []}""", StepKind.Change)]
    [InlineData("NotebookEdit", """{"notebook_path": "/app/a.ipynb", "new_source": ""}""", StepKind.Change)]
    [InlineData("Read", """{"file_path": "/app/a.py"}""", StepKind.Explore)]
    [InlineData("Grep", """{"pattern": "open_async"}""", StepKind.Explore)]
    [InlineData("Glob", """{"pattern": "**/*.py"}""", StepKind.Explore)]
    [InlineData("WebFetch", """{"url": "https://example.org"}""", StepKind.Explore)]
    [InlineData("TodoWrite", """{"todos": []}""", StepKind.Explore)]
    [InlineData("str_replace_editor", """{"command": "view", "path": "/testbed/a.py"}""", StepKind.Explore)]
    [InlineData("str_replace_editor", """{"command": "create", "path": "/workspace/reproduce.py", "file_text": "x"}""", StepKind.Change)]
    [InlineData("str_replace_editor", """{"command": "str_replace", "path": "/testbed/a.py", "old_str": "a", "new_str": "b"}""", StepKind.Change)]
    [InlineData("str_replace_editor", """{"command": "insert", "path": "/testbed/a.py", "insert_line": 3}""", StepKind.Change)]
    [InlineData("str_replace_editor", """{"command": "undo_edit", "path": "/testbed/a.py"}""", StepKind.Change)]
    [InlineData("find_file", "find_file missing_colon.py", StepKind.Explore)]
    [InlineData("open", "open /testbed/src/simpy/resources/container.py", StepKind.Explore)]
    [InlineData("create", "create retrieve_random_numbers.py", StepKind.Change)]
    [InlineData("submit", "submit", StepKind.Change)]
    [InlineData("rm", "rm reproduce.py", StepKind.Change)]
    [InlineData("python", "python retrieve_random_numbers.py", StepKind.Explore)]
    [InlineData("WebSurfer", "I typed 'martial arts schools' into the search box > results", StepKind.Explore)]
    public void AToolCallIsClassifiedByItsToolNameFirst(string tool, string action, StepKind expected)
    {
        var run = new RunBuilder().Add(tool, action, null, null, null).Build();
        Assert.Equal(expected, StepClassifier.Classify(run.Steps[0]));
    }

    [Fact]
    public void ACodexArgvCommandIsReadThroughItsShell()
    {
        var run = new RunBuilder().Tool("shell", """{"command": ["bash", "-lc", "sed -i 's/a/b/' src/x.py"]}""").Build();
        var effect = StepClassifier.Analyze(run.Steps[0]);
        Assert.Equal(StepKind.Change, effect.Kind);
        Assert.Contains("src/x.py", effect.Targets);
    }

    [Fact]
    public void AnEditorCallCutShortInAListingIsStillReadFromItsLeadingFields()
    {
        var run = new RunBuilder().Tool("str_replace_editor", """{"command": "str_replace", "path": "/testbed/a.py", "old_str": "def f(x):\n    ret""").Build();
        Assert.Equal(["/testbed/a.py"], StepClassifier.Analyze(run.Steps[0]).Targets);
    }
}
