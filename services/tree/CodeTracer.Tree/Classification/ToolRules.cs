namespace CodeTracer.Tree.Classification;

/// <summary>Structured tool names across formats (Claude Code, OpenHands, SWE-agent, Codex, Gemini CLI, Aider).</summary>
internal static class ToolRules
{
    /// <summary>Tools whose every call writes a file or changes the environment.</summary>
    public static readonly HashSet<string> Changing = new(StringComparer.OrdinalIgnoreCase)
    {
        "Edit", "Write", "MultiEdit", "NotebookEdit", "apply_patch", "write_file", "replace", "edit_file", "create_file",
        "edit", "create", "insert", "append", "submit", "KillShell", "KillBash", "edit_linting", "write",
    };

    /// <summary>Tools that only read: files, searches, the web, the agent's own plan (TodoWrite changes no environment state).</summary>
    public static readonly HashSet<string> Exploring = new(StringComparer.OrdinalIgnoreCase)
    {
        "Read", "Grep", "Glob", "LS", "WebFetch", "WebSearch", "TodoWrite", "TodoRead", "BashOutput", "Task",
        "find_file", "search_dir", "search_file", "open", "goto", "scroll_up", "scroll_down", "view", "read_file",
        "read_many_files", "list_directory", "glob", "search_file_content", "google_web_search", "web_fetch",
        "think", "finish", "write_stdin", "update_plan", "view_image", "ExitPlanMode", "browser", "browse",
        "filemap", "decompile", "disassemble", "debug_start", "debug_step", "connect_start",
    };

    /// <summary>Changing tools that write their file whole, so a first write creates it.</summary>
    public static readonly HashSet<string> WholeFileWriters = new(StringComparer.OrdinalIgnoreCase)
    {
        "Write", "write_file", "create_file", "create", "write",
    };

    /// <summary>Tools whose action is a shell command.</summary>
    public static readonly HashSet<string> Shell = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bash", "bash", "execute_bash", "shell", "exec_command", "run_shell_command", "local_shell", "terminal",
        "execute_command", "run_command", "cmd_run", "container.exec",
    };

    /// <summary>Editor tools that take a sub-command: these sub-commands write, the rest (view) read.</summary>
    public static readonly HashSet<string> EditorWrites = new(StringComparer.OrdinalIgnoreCase)
    {
        "create", "str_replace", "insert", "undo_edit", "write", "edit", "append",
    };

    public static readonly HashSet<string> Editors = new(StringComparer.OrdinalIgnoreCase)
    {
        "str_replace_editor", "str_replace_based_edit_tool", "file_editor", "editor",
    };

    /// <summary>Argument names that hold the path a tool writes.</summary>
    public static readonly string[] PathFields = ["file_path", "path", "notebook_path", "filename", "absolute_path"];
}
