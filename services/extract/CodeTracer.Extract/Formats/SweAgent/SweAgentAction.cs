namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>SWE-agent actions are command lines of its own tools (<c>edit 4:4</c>, <c>open f.py</c>) or shell commands.</summary>
internal static class SweAgentAction
{
    public static bool IsAction(string? action) => !string.IsNullOrWhiteSpace(action);

    /// <summary>The tool is the action's first word, as SWE-agent dispatches on it.</summary>
    public static string Tool(string action)
    {
        var trimmed = action.AsSpan().Trim();
        var end = trimmed.IndexOfAny(" \t\r\n");
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }
}
