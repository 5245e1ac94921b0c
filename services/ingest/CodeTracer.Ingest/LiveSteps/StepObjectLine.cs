using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Ingest.LiveSteps;

/// <summary>
/// A normalized step object: <c>{"seq":1,"tool":"Bash","action":"ls","observation":"…","is_error":false,"anchor":"…"}</c>,
/// plus optional <c>arguments</c>, <c>exit_code</c>, <c>thought</c>, <c>started_at</c>, <c>ended_at</c>.
/// </summary>
internal static class StepObjectLine
{
    public const string SeqField = "seq";

    /// <summary>Null when the step was read; else what is wrong with the line.</summary>
    public static string? Read(JsonElement line, Provenance provenance, LiveBatch batch)
    {
        if (!line.TryGetProperty(SeqField, out var seqValue) || !seqValue.TryGetInt32(out var seq) || seq < 1)
        {
            return "\"seq\" must be a whole number of at least 1 (the step's 1-based number)";
        }

        if (Text(line, "tool") is not { Length: > 0 } tool)
        {
            return "\"tool\" must be a non-empty string (the tool or command name, e.g. Bash)";
        }

        if (Text(line, "action") is not { } action)
        {
            return "\"action\" must be a string (the command or the call's arguments as text)";
        }

        if (line.TryGetProperty("observation", out var observation) && observation.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "\"observation\" must be a string or null";
        }

        if (line.TryGetProperty("is_error", out var isError) && isError.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            return "\"is_error\" must be true, false or null";
        }

        if (!TryTime(line, "started_at", out var startedAt) || !TryTime(line, "ended_at", out var endedAt))
        {
            return "\"started_at\" and \"ended_at\" must be ISO 8601 times, e.g. 2026-04-01T18:28:35Z";
        }

        var observationText = observation.ValueKind == JsonValueKind.String ? observation.GetString() : null;
        bool? error = isError.ValueKind is JsonValueKind.True or JsonValueKind.False ? isError.GetBoolean() : null;
        return batch.AddNumbered(new Step
        {
            Id = seq,
            Anchor = Text(line, "anchor") ?? "seq-" + seq.ToString(CultureInfo.InvariantCulture),
            Tool = tool,
            Action = action,
            Arguments = line.TryGetProperty("arguments", out var args) && args.ValueKind != JsonValueKind.Null
                ? (args.ValueKind == JsonValueKind.String ? args.GetString() : args.GetRawText())
                : null,
            Observation = observationText,
            HasObservation = observationText is not null || error is not null,
            IsError = error,
            ExitCode = line.TryGetProperty("exit_code", out var exit) && exit.TryGetInt32(out var code) ? code : null,
            Thought = Text(line, "thought"),
            StartedAt = startedAt,
            EndedAt = endedAt,
            ParallelGroup = seq,
            Provenance = provenance,
        });
    }

    private static string? Text(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryTime(JsonElement line, string name, out DateTimeOffset? time)
    {
        time = null;
        if (!line.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }
}
