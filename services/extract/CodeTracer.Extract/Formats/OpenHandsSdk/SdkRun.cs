using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>A V1 conversation as a run: its events, plus <c>base_state.json</c> when the folder has one.</summary>
internal static class SdkRun
{
    public static Run Build(string path, string format, IReadOnlyList<SdkEvent> events, JsonElement? baseState,
        IReadOnlyList<SourceFile> sources, List<ExtractionDiagnostic> diagnostics)
    {
        var steps = SdkSteps.Read(events);
        var actionIds = events.Where(e => e.IsAction).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in events.Where(e => e.IsResult && !actionIds.Contains(e.ActionId)))
        {
            // Upstream trims fixtures; a result whose action is missing is reported, not made a step.
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Info, orphan.Where.File, orphan.Where.Line,
                $"{orphan.Kind} {orphan.Id} answers action {orphan.ActionId}, which is not in the input; not a step"));
        }

        var stats = baseState.Path("stats") ?? events.LastOrDefault(e => e.Element.Str("key") == "stats").Element.Prop("value");
        // usage_to_metrics is keyed by usage id ("agent", "default", "condenser"); the first is the agent's LLM.
        JsonElement? metrics = stats.Path("usage_to_metrics") is { ValueKind: JsonValueKind.Object } byUsage
            ? byUsage.EnumerateObject().Select(p => p.Value).FirstOrDefault()
            : null;
        var times = events.Select(e => e.Timestamp).OfType<DateTimeOffset>().ToList();
        var lastAction = events.Select((e, i) => (e, i)).LastOrDefault(x => x.e.IsAction).i;
        return new Run
        {
            Path = path,
            Format = format,
            Agent = "openhands",
            Model = baseState.Path("agent", "llm").Str("model") ?? metrics.Str("model_name"),
            Task = events.FirstOrDefault(e => e.Kind == "MessageEvent" && e.Source == "user").MessageText,
            Status = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? RunStatus.Partial
                : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = events.Skip(lastAction).LastOrDefault(e => e.Kind == "MessageEvent" && e.Source == "agent").MessageText
                ?? events.LastOrDefault(e => e.IsAction && e.Element.Path("action").Str("kind") == "FinishAction").Element.Path("action").Str("message"),
            Metrics = new RunMetrics
            {
                InputTokens = metrics.Path("accumulated_token_usage").Prop("prompt_tokens").AsLong(),
                OutputTokens = metrics.Path("accumulated_token_usage").Prop("completion_tokens").AsLong(),
                CacheTokens = metrics.Path("accumulated_token_usage").Prop("cache_read_tokens").AsLong(),
                CostUsd = metrics.Prop("accumulated_cost").AsDecimal(),
                StartedAt = times.Count == 0 ? null : times.Min(),
                EndedAt = times.Count == 0 ? null : times.Max(),
                ExitStatus = baseState.Str("execution_status")
                    ?? events.LastOrDefault(e => e.Element.Str("key") == "execution_status").Element.Str("value"),
            },
            Sources = sources,
            Diagnostics = diagnostics,
        };
    }
}
