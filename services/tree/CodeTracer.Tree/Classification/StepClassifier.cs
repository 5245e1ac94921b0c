using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Classification;

/// <summary>
/// Decides whether a step explored or changed the environment: from the structured tool name first (an editor's
/// sub-command decides for editors), else from the shell command the step ran. SWE-agent names its tool after the
/// first word of the action, so an unknown tool whose name opens the action is read as a shell command too.
/// </summary>
public static class StepClassifier
{
    public static StepKind Classify(Step step) => Analyze(step).Kind;

    public static StepEffect Analyze(Step step)
    {
        var tool = step.Tool;
        using var args = ParseArguments(step);
        var root = args?.RootElement;
        if (ToolRules.Editors.Contains(tool))
        {
            var command = Text(root, "command");
            return command is not null && ToolRules.EditorWrites.Contains(command)
                ? StepEffect.Change([.. PathOf(root)])
                : StepEffect.Explore;
        }

        if (ToolRules.Shell.Contains(tool))
        {
            return ShellClassifier.Classify(ShellText(step, root));
        }

        if (ToolRules.Changing.Contains(tool))
        {
            return StepEffect.Change([.. PathOf(root), .. SweAgentTarget(step)]);
        }

        if (ToolRules.Exploring.Contains(tool))
        {
            return StepEffect.Explore;
        }

        return IsFirstWordOf(tool, step.Action) ? ShellClassifier.Classify(step.Action) : StepEffect.Explore;
    }

    private static string ShellText(Step step, JsonElement? root)
    {
        // Codex passes argv (["bash", "-lc", "…"]); most formats pass one command string; listings give the command itself.
        if (root is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("command", out var command))
        {
            if (command.ValueKind == JsonValueKind.String)
            {
                return command.GetString()!;
            }

            if (command.ValueKind == JsonValueKind.Array)
            {
                var argv = command.EnumerateArray().Select(e => e.ToString()).ToList();
                return argv.Count == 3 && argv[1] is "-lc" or "-c" ? argv[2] : string.Join(' ', argv);
            }
        }

        if (root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("cmd", out var cmd) && cmd.ValueKind == JsonValueKind.String)
        {
            return cmd.GetString()!;
        }

        return step.Action;
    }

    private static JsonDocument? ParseArguments(Step step)
    {
        var text = step.Arguments ?? step.Action;
        if (!text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // Listings cut actions at 200 characters; a cut JSON object still names its fields near the start.
            return PartialJson.Recover(text);
        }
    }

    private static string? Text(JsonElement? root, string name) =>
        root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> PathOf(JsonElement? root) =>
        ToolRules.PathFields.Select(f => Text(root, f)).OfType<string>().Take(1);

    private static IEnumerable<string> SweAgentTarget(Step step)
    {
        // "create reproduce.py": SWE-agent's file commands name their file as the second word.
        var words = step.Action.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0] == step.Tool && words[0] is "create" or "open" ? [words[1]] : [];
    }

    private static bool IsFirstWordOf(string tool, string action)
    {
        var trimmed = action.TrimStart();
        return tool.Length > 0 && trimmed.StartsWith(tool, StringComparison.Ordinal)
            && (trimmed.Length == tool.Length || char.IsWhiteSpace(trimmed[tool.Length]));
    }
}
