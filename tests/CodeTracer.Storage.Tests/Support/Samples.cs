using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Storage.Memory;
using CodeTracer.Storage.Runs;

namespace CodeTracer.Storage.Tests.Support;

/// <summary>
/// Values with every field set, odd offsets and sub-millisecond ticks included, so a provider that drops or
/// rounds anything in a body shows up as a difference.
/// </summary>
public static class Samples
{
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));

    public static string Hash(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    public static RunRecord Record(string seed, DateTimeOffset? createdAt = null)
    {
        var hash = Hash(seed);
        return new RunRecord
        {
            RunId = RunIds.FromContentHash(hash),
            ContentHash = hash,
            FileName = seed + ".jsonl",
            BlobKey = hash,
            CreatedAt = createdAt ?? DateTimeOffset.FromUnixTimeMilliseconds(1_741_000_000_123),
        };
    }

    public static Step Step(int id, string action = "ls -la") => new()
    {
        Id = id,
        Anchor = $"toolu_{id:D3}",
        Tool = "Bash",
        Arguments = $$"""{"command":"{{action}}","timeout": 30}""",
        Action = action,
        Observation = "total 0\n",
        HasObservation = true,
        IsError = false,
        ExitCode = 0,
        StartedAt = Start.AddTicks(1234567 * id),
        EndedAt = Start.AddTicks(2345678 * id),
        Thought = "Look first.",
        Reasoning = "The repository layout is unknown.",
        ParallelGroup = id,
        Tokens = new TokenUsage(100 * id, 20, CacheRead: 5),
        Provenance = new Provenance("session.jsonl", 10 + id, null, Hash("session")),
    };

    public static Run Run() => new()
    {
        Path = "runs/acme/session.jsonl",
        Format = "claude-code-stream-json",
        FormatVersion = "1.0",
        Agent = "claude-code",
        AgentVersion = "2.1.0",
        Model = "claude-sonnet",
        Task = "Fix the failing test in utils.py",
        Outcome = new RunOutcome(OutcomeStatus.Failed, "report.json", "1 test still fails"),
        Status = RunStatus.Partial,
        Steps =
        [
            Step(1),
            Step(2, "pytest -x") with { SubSteps = [Step(1, "cat utils.py") with { Anchor = "sub_1" }], IsError = true, ExitCode = 1 },
        ],
        FinalMessage = "I could not fix it.",
        Metrics = new RunMetrics { InputTokens = 1200, OutputTokens = 340, CostUsd = 0.0123m, StartedAt = Start, EndedAt = Start.AddMinutes(3), ExitStatus = "error" },
        Sources = [new SourceFile("session.jsonl", 4096, Hash("session"))],
        Diagnostics = [new ExtractionDiagnostic(DiagnosticSeverity.Warning, "session.jsonl", 42, "line cut off")],
    };

    public static TraceTree Tree() => new(
        [new TraceNode(1, StepKind.Explore, []), new TraceNode(2, StepKind.Change, [new TraceNode(3, StepKind.Explore, [])])],
        new Dictionary<int, StepKind> { [1] = StepKind.Explore, [2] = StepKind.Change, [3] = StepKind.Explore })
    {
        Stages =
        [
            new Stage(1, StagePhase.Inspection, 1, 1, "Inspect utils.py", "1 step, no errors", [new StateNode(0, null, 1, 1, [new StepNode(1, StepKind.Explore, [], [])])]),
            new Stage(2, StagePhase.Patching, 2, 3, "Change utils.py", "2 steps, 1 failed (3)",
                [new StateNode(1, 2, 2, 3, [new StepNode(2, StepKind.Change, [new StepNode(3, StepKind.Explore, [], [])], [new StepNode(1, StepKind.Explore, [], [])])])],
                Supplied: true),
        ],
        FileChanges = [new FileChange(2, "src/utils.py", FileChangeKind.Modified), new FileChange(2, "/tmp/x é.txt", FileChangeKind.Created)],
    };

    public static Diagnosis Diagnosis() => new()
    {
        Onset = new StepRef(2, "toolu_002"),
        Incorrect = [2, 3],
        Unuseful = [1],
        Confidence = 0.75,
        Method = "heuristic",
        Reason = "The edit at step 2 broke the import the test needs.",
        Evidence = [new Evidence("error-after-change", [2, 3], "exit 1 right after the edit")],
    };

    public static MemoryEntry Memory(string key, double relevance, int occurrences = 1, string framework = "claude-code") => new()
    {
        Framework = framework,
        Key = key,
        Pattern = $"pattern {key}",
        Advice = "check the test file was not edited",
        Relevance = relevance,
        Occurrences = occurrences,
        ExampleRunIds = ["run-0123456789abcdef"],
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_741_000_000_456),
    };

    /// <summary>Records holding lists compare by reference; their JSON compares by value.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
