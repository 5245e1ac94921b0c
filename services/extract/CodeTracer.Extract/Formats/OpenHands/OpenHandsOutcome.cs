using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// A record's outcome from the benchmark's own fields: <c>test_result.result</c> (ProntoQA), <c>test_result.resolved</c>
/// or <c>test_result.report.resolved</c> (SWE-bench), <c>correct</c> (gorilla), <c>success</c> (resolver), <c>resolved</c>.
/// Without one, a harness <c>error</c> (e.g. the agent hit its iteration limit) means the run failed.
/// </summary>
internal static class OpenHandsOutcome
{
    private static readonly (string Label, string[] Path)[] Signals =
    [
        ("test_result.result", ["test_result", "result"]),
        ("test_result.resolved", ["test_result", "resolved"]),
        ("test_result.report.resolved", ["test_result", "report", "resolved"]),
        ("correct", ["correct"]),
        ("success", ["success"]),
        ("resolved", ["resolved"]),
    ];

    public static RunOutcome Of(JsonElement record, string source)
    {
        foreach (var (label, path) in Signals)
        {
            if (record.Path(path).AsBool() is { } value)
            {
                return new RunOutcome(value ? OutcomeStatus.Resolved : OutcomeStatus.Failed, source, $"{label}: {(value ? "true" : "false")}");
            }
        }

        return record.Str("error") is { Length: > 0 } error
            ? new RunOutcome(OutcomeStatus.Failed, source, "error: " + error)
            : RunOutcome.Unknown;
    }
}
