using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.ClaudeCodeStreamJson;

/// <summary>The closing result event: final text, exit status and session totals.</summary>
internal sealed partial class StreamJsonTranscript
{
    private void ReadResult(JsonElement e)
    {
        _result = e.Str("result");
        var usage = e.Prop("usage");
        long? input = null, output = null, cache = null;
        // modelUsage sums every model of the session; usage alone is only the last call in recent versions.
        if (e.Prop("modelUsage") is { ValueKind: JsonValueKind.Object } byModel)
        {
            foreach (var model in byModel.EnumerateObject())
            {
                input = (input ?? 0) + (model.Value.Long("inputTokens") ?? 0);
                output = (output ?? 0) + (model.Value.Long("outputTokens") ?? 0);
                cache = (cache ?? 0) + (model.Value.Long("cacheReadInputTokens") ?? 0);
            }
        }
        else if (usage is { } u)
        {
            (input, output, cache) = (u.Long("input_tokens"), u.Long("output_tokens"), u.Long("cache_read_input_tokens"));
        }

        Metrics = Metrics with
        {
            InputTokens = input,
            OutputTokens = output,
            CacheTokens = cache,
            CostUsd = e.Decimal("total_cost_usd"),
            ExitStatus = e.Str("subtype"),
        };
    }

    private static RunMetrics Merge(RunMetrics own, RunMetrics? trial) => trial is null ? own : new RunMetrics
    {
        InputTokens = own.InputTokens ?? trial.InputTokens,
        OutputTokens = own.OutputTokens ?? trial.OutputTokens,
        CacheTokens = own.CacheTokens ?? trial.CacheTokens,
        CostUsd = own.CostUsd ?? trial.CostUsd,
        StartedAt = trial.StartedAt ?? own.StartedAt,
        EndedAt = trial.EndedAt ?? own.EndedAt,
        ExitStatus = trial.ExitStatus ?? own.ExitStatus,
    };
}
