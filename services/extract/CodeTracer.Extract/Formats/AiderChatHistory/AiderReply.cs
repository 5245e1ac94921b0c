namespace CodeTracer.Extract.Formats.AiderChatHistory;

/// <summary>One assistant reply of a chat history: where it is, its lines, and the <c>&gt; </c> output lines after it.</summary>
internal sealed class AiderReply(int session, int index, long line)
{
    public int Session { get; } = session;
    public int Index { get; } = index;
    public long Line { get; } = line;
    public List<string> Lines { get; } = [];
    public List<string> Output { get; } = [];

    public string Anchor => $"s{Session}:r{Index}";

    public string Text => string.Join('\n', Lines).Trim();
}
