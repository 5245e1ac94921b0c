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
            if (command is null || !ToolRules.EditorWrites.Contains(command))
            {
                return StepEffect.Explore;
            }

            return command == "create" ? StepEffect.WriteWhole([.. PathOf(root)]) : StepEffect.Change([.. PathOf(root)]);
        }

        if (ToolRules.Shell.Contains(tool))
        {
            return ShellClassifier.Classify(ShellText(step, root));
        }

        if (ToolRules.Changing.Contains(tool))
        {
            if (PatchFiles.Of(step.Arguments ?? step.Action) is { Kind: Contracts.Trees.StepKind.Change } patch)
            {
                return patch;
            }

            StepEffect effect = ToolRules.WholeFileWriters.Contains(tool)
                ? StepEffect.WriteWhole([.. PathOf(root), .. SweAgentTarget(step)])
                : StepEffect.Change([.. PathOf(root), .. SweAgentTarget(step), .. AiderTarget(step)]);
            return effect;
        }

        if (ToolRules.Exploring.Contains(tool))
        {
            return StepEffect.Explore;
        }

        return IsFirstWordOf(tool, step.Action) ? ShellClassifier.Classify(step.Action) : StepEffect.Explore;
    }

    /// <summary>The shell text a step ran, or null when its tool is not a shell (SWE-agent-style first words count).</summary>
    internal static string? ShellTextOf(Step step)
    {
        if (ToolRules.Shell.Contains(step.Tool))
        {
            using var args = ParseArguments(step);
            return ShellText(step, args?.RootElement);
        }

        return ToolRules.Changing.Contains(step.Tool) || ToolRules.Exploring.Contains(step.Tool) || ToolRules.Editors.Contains(step.Tool)
            || !IsFirstWordOf(step.Tool, step.Action) ? null : step.Action;
    }

    /// <summary>The path a structured tool call names (file_path, path…), if any.</summary>
    internal static string? PathArgumentOf(Step step)
    {
        using var args = ParseArguments(step);
        return PathOf(args?.RootElement).FirstOrDefault();
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

    private static IEnumerable<string> AiderTarget(Step step)
    {
        // Aider's edit blocks open with the file name on a line of its own, then the fenced SEARCH/REPLACE block.
        var firstLine = step.Action.Split('\n', 2)[0].Trim();
        return step.Tool == "edit" && !step.Action.TrimStart().StartsWith('{') && step.Action.Contains("\n```", StringComparison.Ordinal)
            && firstLine.Length > 0 && !firstLine.Contains(' ', StringComparison.Ordinal) ? [firstLine] : [];
    }

    private static bool IsFirstWordOf(string tool, string action)
    {
        var trimmed = action.TrimStart();
        return tool.Length > 0 && trimmed.StartsWith(tool, StringComparison.Ordinal)
            && (trimmed.Length == tool.Length || char.IsWhiteSpace(trimmed[tool.Length]));
    }
}
