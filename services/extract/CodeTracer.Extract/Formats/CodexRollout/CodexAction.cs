using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>
/// The action text of a Codex call: the command for shell tools (Codex's <c>shell</c> and <c>local_shell_call</c> give it
/// as an argv array, usually <c>["bash", "-lc", script]</c>), else the compact JSON of the arguments.
/// </summary>
internal static class CodexAction
{
    public static string Of(string tool, JsonElement? args)
    {
        if (args?.Prop("command") is { ValueKind: JsonValueKind.Array } argv)
        {
            return Command(argv);
        }

        return tool == "shell_command" && args.Str("command") is { } command ? command : ToolActionText.Of(tool, args);
    }

    public static string Command(JsonElement argv)
    {
        var parts = argv.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString()! : a.GetRawText()).ToList();
        return parts.Count == 3 && parts[1] is "-lc" or "-c" ? parts[2] : string.Join(' ', parts);
    }
}
