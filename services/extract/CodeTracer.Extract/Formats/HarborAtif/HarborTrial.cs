using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>What a Harbor trial's result.json says about the run: outcome, agent, model, token metrics.</summary>
internal sealed record HarborTrial(
    RunOutcome Outcome, string? Agent, string? AgentVersion, string? Model, RunMetrics Metrics, ExtractionDiagnostic? Problem)
{
    public static HarborTrial Read(string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var r = doc.RootElement;
            var exception = r.Prop("exception_info") is { ValueKind: JsonValueKind.Object } x
                ? $"{x.Str("exception_type")}: {x.Str("exception_message")}"
                : null;
            var agentResult = r.Prop("agent_result");
            var execution = r.Prop("agent_execution");
            var metrics = new RunMetrics
            {
                InputTokens = agentResult?.Long("n_input_tokens"),
                OutputTokens = agentResult?.Long("n_output_tokens"),
                CacheTokens = agentResult?.Long("n_cache_tokens"),
                CostUsd = agentResult?.Decimal("cost_usd"),
                StartedAt = execution?.Time("started_at") ?? r.Time("started_at"),
                EndedAt = execution?.Time("finished_at") ?? r.Time("finished_at"),
                ExitStatus = r.Path("exception_info", "exception_type")?.GetString(),
            };
            return new HarborTrial(ReadOutcome(r, file, exception), r.Path("agent_info", "name")?.GetString(),
                r.Path("agent_info", "version")?.GetString(), r.Path("config", "agent", "model_name")?.GetString(), metrics, null);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return new HarborTrial(RunOutcome.Unknown, null, null, null, new RunMetrics(),
                new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, $"result.json cannot be read, the outcome is unknown: {e.Message}"));
        }
    }

    private static RunOutcome ReadOutcome(JsonElement r, string file, string? exception)
    {
        // The verifier's reward decides; a trial that died before verifying has no reward but its exception says why.
        if (r.Path("verifier_result", "rewards", "reward") is { ValueKind: JsonValueKind.Number } reward)
        {
            var value = reward.GetDouble();
            var detail = exception ?? $"reward {value.ToString(CultureInfo.InvariantCulture)}";
            return new RunOutcome(value == 1 ? OutcomeStatus.Resolved : OutcomeStatus.Failed, file, detail);
        }

        return exception is null ? new RunOutcome(OutcomeStatus.Unknown, file, "no verifier reward") : new RunOutcome(OutcomeStatus.Failed, file, exception);
    }
}
