using System.Text.Json;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>
/// The action text of a tool call, as the corpus README's "Conventions of the expected listings" define it:
/// the command for shell tools, else the compact JSON of the arguments.
/// </summary>
internal static class ToolActionText
{
    private static readonly HashSet<string> ShellTools = new(StringComparer.Ordinal) { "Bash", "bash", "execute_bash", "shell", "exec_command" };

    public static string Of(string tool, JsonElement? arguments)
    {
        if (arguments is not { } args)
        {
            return "";
        }

        if (ShellTools.Contains(tool) && (args.Prop("command") ?? args.Prop("cmd")) is { ValueKind: JsonValueKind.String } command)
        {
            return command.GetString()!;
        }

        return args.ValueKind == JsonValueKind.String ? args.GetString()! : JsonArguments.Render(args);
    }
}
