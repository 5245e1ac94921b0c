namespace CodeTracer.Tree.Shell;

/// <summary>
/// One simple command of a shell text: its words with quotes removed, its redirections, and the body of a
/// here-document it reads (the text between <c>&lt;&lt;EOF</c> and <c>EOF</c>), if any.
/// </summary>
public sealed record ShellCommand(IReadOnlyList<string> Words, IReadOnlyList<ShellRedirect> Redirects, string? Heredoc)
{
    public string Name => Words.Count > 0 ? Words[0] : "";
}
