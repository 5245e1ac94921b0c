using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// One record of an OpenHands evaluation / resolver output file as a run: <c>history[]</c> is an event stream
/// (2025 eval outputs, resolver) or, in 2024 outputs, a list of <c>[action, observation]</c> pairs.
/// </summary>
internal static class OpenHandsRecordRun
{
    public static bool IsPairList(JsonElement history) =>
        history.EnumerateArray().FirstOrDefault().ValueKind == JsonValueKind.Array;

    public static Run Build(string file, long line, JsonElement record, JsonElement history, SourceFile source)
    {
        Provenance Where(int index) => new(file, line, $"history[{index}]", source.Sha256);
        var pairs = IsPairList(history);
        var events = pairs
            ? OpenHandsPairSteps.Events(history, Where).ToList()
            : history.EnumerateArray().Select((e, i) => new OpenHandsEvent(e, Where(i))).ToList();
        var steps = pairs ? OpenHandsPairSteps.Read(history, Where) : OpenHandsEventSteps.Read(events);
        var metadata = record.Prop("metadata");
        var (start, end) = OpenHandsRunText.Span(events);
        var id = OpenHandsRecordId.Of(record, line);
        return new Run
        {
            Path = $"{file}#{id}",
            Format = pairs ? OpenHandsPairsExtractor.FormatId : OpenHandsEventsExtractor.FormatId,
            Agent = "openhands",
            Model = metadata.Path("llm_config").Str("model") ?? metadata.Str("model_name") ?? record.Str("model_id"),
            Task = record.Str("instruction") ?? OpenHandsRunText.Task(events),
            Outcome = OpenHandsOutcome.Of(record, file),
            Status = steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = record.Str("final_message") ?? OpenHandsRunText.FinalMessage(events),
            Metrics = Metrics(record.Prop("metrics"), start, end, record.Str("error")),
            Sources = [source],
        };
    }

    public static RunMetrics Metrics(JsonElement? metrics, DateTimeOffset? start, DateTimeOffset? end, string? exitStatus)
    {
        var usage = metrics.Path("accumulated_token_usage");
        return new RunMetrics
        {
            InputTokens = usage.Prop("prompt_tokens").AsLong(),
            OutputTokens = usage.Prop("completion_tokens").AsLong(),
            CacheTokens = usage.Prop("cache_read_tokens").AsLong(),
            CostUsd = metrics.Prop("accumulated_cost").AsDecimal(),
            StartedAt = start,
            EndedAt = end,
            ExitStatus = exitStatus,
        };
    }
}
