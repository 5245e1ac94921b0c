using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Specs;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Specs;

public sealed class SpecExtractorTests
{
    // Claude Code stream-json, read by a spec: JSON lines, tool_use blocks as steps, tool_result blocks joined by id.
    private const string StreamJsonSpec = """
        {
          "id": "spec-claude-stream-json", "version": 1,
          "fingerprints": { "file_names": ["claude-code.txt"], "required_keys": ["type", "tool_use_id"] },
          "source": { "format": "jsonl" },
          "steps": {
            "select": "@.type == 'assistant'",
            "each": "$.message.content[?(@.type == 'tool_use')]",
            "anchor": "$.id",
            "tool": "$.name",
            "arguments": { "path": "$.input", "as": "raw" },
            "action": [{ "path": "$.input.command", "type": "string" }, { "path": "$.input", "as": "json" }],
            "observation": {
              "join": { "in": "$.message.content[*]", "select": "@.type == 'tool_result'", "key": "$.tool_use_id", "matches": "$.id" },
              "text": "$.content"
            },
            "is_error": { "rules": { "from": "observation", "path": "$.is_error" } }
          },
          "run": { "model": "$.model", "agent": { "value": "claude-code" } }
        }
        """;

    [Fact]
    public void AJsonLinesSpecJoinsResultsToCallsByIdAndMatchesTheExpectedListing()
    {
        const string path = "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe/agent/claude-code.txt";
        var spec = SpecExtractor.FromJson(StreamJsonSpec);
        var candidate = RunCandidate.ForFile(Corpus.PathOf(path));

        var validation = SpecValidator.Validate(spec, candidate);

        Assert.True(validation.IsValid, string.Join("\n", validation.Errors));
        var run = Assert.Single(validation.Runs);
        Assert.Equal("claude-code", run.Agent);
        Assert.NotNull(run.Model);
        var expected = ExpectedIndex.All.Single(r => r.Path.StartsWith("terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe", StringComparison.Ordinal));
        Assert.Equal(expected.Steps().Select(s => s.Anchor), run.Steps.Select(s => s.Anchor));
        Assert.Equal(expected.Steps().Select(s => s.IsError), run.Steps.Select(s => s.IsError));
        Assert.All(run.Steps, s => Assert.NotNull(s.Provenance.Line));
    }

    [Fact]
    public void DetectionScoresFingerprintsAndStaysBelowACertainBuiltIn()
    {
        var spec = SpecExtractor.FromJson(StreamJsonSpec);

        var good = spec.Detect(RunCandidate.ForFile(Corpus.PathOf("terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe/agent/claude-code.txt")));
        var wrongName = spec.Detect(RunCandidate.ForFile(Corpus.PathOf("terminal-bench-kimi-k2.5/crack-7z-hash__qM5scQs/agent/trajectory.json")));

        Assert.InRange(good.Confidence, FormatRegistry.MinimumConfidence, 0.95);
        Assert.Equal(0, wrongName.Confidence);
    }

    [Fact]
    public void ALinesSpecReadsStepsFromPatternsAndFollowingLinesAsObservations()
    {
        using var temp = new TempFolder();
        var file = temp.Write("session.log", "$ ls\na.txt\n$ cat a.txt\nhello\n[exit 1]\n");
        var spec = SpecExtractor.FromJson("""
            {"id": "spec-shell-log", "version": 1,
             "fingerprints": {"file_names": ["*.log"], "line_patterns": ["^\\$ "]},
             "source": {"format": "lines"},
             "steps": {"line": "^\\$ (?<command>.+)$", "tool": {"value": "bash"}, "action": {"group": "command"},
                       "observation": {"following_lines": true}}}
            """);

        var run = Assert.Single(SpecValidator.Validate(spec, RunCandidate.ForFile(file)).Runs);

        Assert.Equal(["ls", "cat a.txt"], run.Steps.Select(s => s.Action));
        Assert.Equal(["1", "3"], run.Steps.Select(s => s.Anchor));
        Assert.Equal("hello\n[exit 1]", run.Steps[1].Observation);
    }

    [Fact]
    public void ValidationSaysWhyASpecDoesNotExplainAnInput()
    {
        using var temp = new TempFolder();
        var file = temp.Write("run.json", """{"events": [{"kind": "call", "cmd": "ls"}, {"kind": "call"}]}""");
        var spec = SpecExtractor.FromJson("""
            {"id": "spec-events", "version": 1, "fingerprints": {"file_names": ["run.json"]},
             "source": {"records": "$.events[*]"},
             "steps": {"select": "@.kind == 'call'", "anchor": "$.id", "action": "$.cmd"}}
            """);

        var validation = SpecValidator.Validate(spec, RunCandidate.ForFile(file));

        Assert.False(validation.IsValid);
        Assert.Contains("step 2 (events[1]): no action (steps.action found nothing)", validation.Errors);
        Assert.Contains("step 1 (events[0]): the anchor rule found nothing", validation.Errors);
    }

    [Fact]
    public void ASpecThatFindsNoStepIsInvalid()
    {
        using var temp = new TempFolder();
        var file = temp.Write("run.json", """{"events": []}""");
        var spec = SpecExtractor.FromJson("""
            {"id": "spec-events", "version": 1, "fingerprints": {"file_names": ["run.json"]},
             "source": {"records": "$.events[*]"}, "steps": {"action": "$.cmd"}}
            """);

        var error = Assert.Single(SpecValidator.Validate(spec, RunCandidate.ForFile(file)).Errors);

        Assert.StartsWith("no step found", error, StringComparison.Ordinal);
    }
}
