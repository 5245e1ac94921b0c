using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>A run made of a bare V0 event stream (replay array, file store session), with no record around it.</summary>
internal static class OpenHandsStream
{
    public static Run ToRun(string path, string format, IReadOnlyList<OpenHandsEvent> events, IReadOnlyList<SourceFile> sources,
        System.Text.Json.JsonElement? metadata, IReadOnlyList<ExtractionDiagnostic> diagnostics)
    {
        var steps = OpenHandsEventSteps.Read(events);
        var (start, end) = OpenHandsRunText.Span(events);
        return new Run
        {
            Path = path,
            Format = format,
            Agent = "openhands",
            Model = metadata.Str("llm_model") ?? events.Select(e => e.ToolCallMetadata.Path("model_response").Str("model")).FirstOrDefault(m => m is not null),
            Task = OpenHandsRunText.Task(events),
            Status = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? RunStatus.Partial
                : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = OpenHandsRunText.FinalMessage(events),
            Metrics = new RunMetrics
            {
                InputTokens = metadata.Prop("prompt_tokens").AsLong(),
                OutputTokens = metadata.Prop("completion_tokens").AsLong(),
                CostUsd = metadata.Prop("accumulated_cost").AsDecimal(),
                StartedAt = start,
                EndedAt = end,
            },
            Sources = sources,
            Diagnostics = diagnostics,
        };
    }
}
