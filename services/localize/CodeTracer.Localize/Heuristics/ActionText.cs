using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Heuristics;

/// <summary>Action text as the signals compare it, and the test for a degenerate (malformed or no-op) call.</summary>
public static partial class ActionText
{
    /// <summary>Tool and action with white space collapsed, so re-typed identical commands compare equal.</summary>
    public static string Normalize(Step step) => step.Tool + " " + Spaces().Replace(step.Action, " ").Trim();

    /// <summary>
    /// A call that cannot do what the agent meant: an empty or punctuation-only command, a command that starts
    /// with the <c>:</c> no-op or a stray JSON fragment, a command that is just the tool's name, or a write to a
    /// path or with content that is a lone <c>:</c>. These come from broken tool-call arguments, not decisions
    /// about the task, and a run full of them never gets its work done.
    /// </summary>
    public static bool IsDegenerate(Step step)
    {
        var action = step.Action.Trim();
        var shell = IsShellTool(step.Tool);
        if (shell)
        {
            return action.Length == 0 || action == step.Tool || action[0] is ':' or ',' or '{' or '}' or '"'
                || action.Contains("\"command\":", StringComparison.Ordinal);
        }

        return MalformedField().IsMatch(action);
    }

    private static bool IsShellTool(string tool) => tool is "Bash" or "bash" or "execute_bash" or "shell" or "exec_command" or "run_shell_command";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\"(file_path|path|content|command)\"\\s*:\\s*\"[:,]")]
    private static partial Regex MalformedField();
}
