using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.ClaudeCodeStreamJson;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.ClaudeCodeSession;

/// <summary>
/// Feeds one session file (main or sub-agent) to the stream-json transcript, which already knows Claude Code's
/// message content blocks: user / assistant records have the same <c>message</c> as stream-json events.
/// </summary>
internal static class SessionFile
{
    public static (StreamJsonTranscript Transcript, SessionFacts Facts) Read(string file, bool sidechain, CancellationToken cancellationToken)
    {
        var transcript = new StreamJsonTranscript(file, FileHash.Sha256(file));
        var facts = new SessionFacts();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in SessionLines.Read(file, cancellationToken))
        {
            if (line.Value is not { } record)
            {
                transcript.Report(DiagnosticSeverity.Error, line.Number, $"line {line.Number} is not valid JSON (truncated or corrupt): {line.Error}");
                continue;
            }

            // A resumed session repeats earlier records with their uuid: each is read once.
            if (record.Str("uuid") is { } uuid && !seen.Add(uuid))
            {
                continue;
            }

            Accept(record, line.Number, sidechain, transcript, facts);
        }

        return (transcript, facts);
    }

    private static void Accept(JsonElement record, long line, bool sidechain, StreamJsonTranscript transcript, SessionFacts facts)
    {
        var type = record.Str("type");
        if (type is null)
        {
            return;
        }

        facts.Records++;
        var time = record.Time("timestamp");
        facts.StartedAt ??= time;
        facts.EndedAt = time ?? facts.EndedAt;
        facts.Version ??= record.Str("version");
        switch (type)
        {
            case "summary":
                // Kept as context: the summary of an earlier (compacted or resumed) conversation is not an action.
                transcript.Report(DiagnosticSeverity.Info, line, $"summary: {record.Str("summary")}");
                return;
            case "user" when record.Bool("isCompactSummary") == true:
                transcript.Report(DiagnosticSeverity.Info, line, "compaction summary (the conversation before it was compacted)");
                return;
            case "user" or "assistant" when record.Bool("isSidechain") == true && !sidechain:
                // Older versions kept sub-agent records in the main file; STEPS.md numbers only the main thread.
                return;
            case "user":
                ReadUser(record, facts);
                break;
            case "assistant":
                ReadAssistant(record, facts);
                break;
            default:
                return;
        }

        transcript.Accept(record, line, time);
    }

    private static void ReadUser(JsonElement record, SessionFacts facts)
    {
        if (record.Prop("toolUseResult")?.Str("agentId") is { } agentId)
        {
            foreach (var block in record.Path("message", "content").Items().Where(b => b.Str("type") == "tool_result"))
            {
                if (block.Str("tool_use_id") is { } id)
                {
                    facts.Launches[id] = agentId;
                }
            }
        }

        if (facts.Task is null && record.Bool("isMeta") != true && record.Path("message", "content").Text() is { Length: > 0 } text
            && !text.StartsWith("<command-", StringComparison.Ordinal) && !text.StartsWith("<local-command", StringComparison.Ordinal)
            && !record.Path("message", "content").Items().Any(b => b.Str("type") == "tool_result"))
        {
            facts.Task = text;
        }
    }

    private static void ReadAssistant(JsonElement record, SessionFacts facts)
    {
        var message = record.Prop("message");
        if (message.Str("model") is { } model && model != "<synthetic>")
        {
            facts.Model ??= model;
        }

        if (message.Str("id") is { } id && message.Prop("usage") is { } usage)
        {
            facts.Usage[id] = (usage.Long("input_tokens"), usage.Long("output_tokens"), usage.Long("cache_read_input_tokens"));
        }
    }
}
