using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.TerminalBenchCast;

/// <summary>What a terminal-bench 1.x trial's results.json says about the run.</summary>
internal sealed record TerminalBenchTrial(RunOutcome Outcome, string? Instruction, RunMetrics Metrics, ExtractionDiagnostic? Problem)
{
    public static TerminalBenchTrial Read(string file)
    {
        if (!File.Exists(file))
        {
            return Unreadable(file, "results.json is missing: the outcome is unknown");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var r = doc.RootElement;
            var failureMode = r.Str("failure_mode");
            var outcome = r.Bool("is_resolved") switch
            {
                true => new RunOutcome(OutcomeStatus.Resolved, file, failureMode),
                false => new RunOutcome(OutcomeStatus.Failed, file, failureMode),
                null => new RunOutcome(OutcomeStatus.Unknown, file, failureMode),
            };
            var metrics = new RunMetrics
            {
                InputTokens = r.Long("total_input_tokens"),
                OutputTokens = r.Long("total_output_tokens"),
                StartedAt = r.Time("agent_started_at"),
                EndedAt = r.Time("agent_ended_at"),
            };
            return new TerminalBenchTrial(outcome, r.Str("instruction"), metrics, null);
        }
        catch (JsonException e)
        {
            return Unreadable(file, $"results.json is not valid JSON, the outcome is unknown: {e.Message}");
        }
    }

    private static TerminalBenchTrial Unreadable(string file, string why) =>
        new(RunOutcome.Unknown, null, new RunMetrics(), new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, why));
}
