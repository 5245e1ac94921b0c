using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Ingest.LiveSteps;

/// <summary>
/// A line of Claude Code's <c>--output-format stream-json</c>, as a watcher tails it. Each <c>tool_use</c> of
/// the main agent becomes a step (numbered after the run's last step, recognised again by the line's hash and
/// the block's JSON pointer, so a re-posted line adds nothing);
/// a <c>tool_result</c> in the same request becomes its observation. Sub-agent lines (parent_tool_use_id set)
/// and events that are not actions (system, result, plain text) are skipped: the uploaded file, once the run
/// ends, is the lossless record.
/// </summary>
internal static class ClaudeCodeLine
{
    public const string TypeField = "type";

    private static readonly HashSet<string> ShellTools = new(StringComparer.Ordinal) { "Bash", "bash" };

    public static string? Read(JsonElement line, Provenance provenance, LiveBatch batch)
    {
        if (line.TryGetProperty("parent_tool_use_id", out var parent) && parent.ValueKind == JsonValueKind.String)
        {
            return null;
        }

        var type = line.GetProperty(TypeField).GetString();
        if (type is not ("assistant" or "user"))
        {
            return null;
        }

        if (!line.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("content", out var content))
        {
            return $"a Claude Code {type} event needs message.content";
        }

        return content.ValueKind != JsonValueKind.Array ? null
            : type == "assistant" ? ReadToolUses(content, provenance, batch) : ReadToolResults(content, batch);
    }

    private static string? ReadToolUses(JsonElement content, Provenance provenance, LiveBatch batch)
    {
        var blocks = content.EnumerateArray().ToList();
        var thought = string.Join("\n", blocks.Where(b => Str(b, "type") == "text").Select(b => Str(b, "text")).OfType<string>());
        int? group = null;
        foreach (var (use, index) in blocks.Select((b, i) => (b, i)).Where(x => Str(x.b, "type") == "tool_use"))
        {
            if (Str(use, "id") is not { } anchor || Str(use, "name") is not { } tool)
            {
                return "a tool_use block needs an id and a name";
            }

            var input = use.TryGetProperty("input", out var value) ? value : (JsonElement?)null;
            var at = provenance with { Location = "/message/content/" + index.ToString(CultureInfo.InvariantCulture) };
            batch.AddNative(at, id => new Step
            {
                Id = id,
                Anchor = anchor,
                Tool = tool,
                Arguments = input?.GetRawText(),
                Action = ActionOf(tool, input),
                Thought = thought.Length > 0 ? thought : null,
                ParallelGroup = group ??= id,
                Provenance = at,
            });
        }

        return null;
    }

    private static string? ReadToolResults(JsonElement content, LiveBatch batch)
    {
        foreach (var result in content.EnumerateArray().Where(b => Str(b, "type") == "tool_result"))
        {
            if (Str(result, "tool_use_id") is not { } anchor)
            {
                return "a tool_result block needs a tool_use_id";
            }

            bool? isError = result.TryGetProperty("is_error", out var e) && e.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? e.GetBoolean()
                : null;
            batch.AttachResult(anchor, ResultText(result), isError);
        }

        return null;
    }

    private static string ActionOf(string tool, JsonElement? input) =>
        input is { ValueKind: JsonValueKind.Object } args && ShellTools.Contains(tool) && Str(args, "command") is { } command
            ? command
            : input?.GetRawText() ?? "";

    private static string ResultText(JsonElement result)
    {
        if (!result.TryGetProperty("content", out var content))
        {
            return "";
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Join("\n", content.EnumerateArray().Select(b => Str(b, "type") == "text" ? Str(b, "text") ?? "" : b.GetRawText())),
            _ => content.GetRawText(),
        };
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
