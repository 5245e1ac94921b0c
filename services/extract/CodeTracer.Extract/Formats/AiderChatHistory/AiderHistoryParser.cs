namespace CodeTracer.Extract.Formats.AiderChatHistory;

/// <summary>
/// Splits a <c>.aider.chat.history.md</c> into sessions (<c># aider chat started at</c>), user turns (<c>#### </c>),
/// tool output (<c>&gt; </c>) and assistant replies (the other text). Fenced blocks belong to the reply they are in.
/// </summary>
internal sealed class AiderHistoryParser
{
    private const string SessionHeader = "# aider chat started at";
    private readonly List<string> _user = [];
    private AiderReply? _reply;
    private AiderReply? _answered;
    private bool _inFence;
    private long _fenceLine;
    private int _repliesInSession;

    public List<AiderReply> Replies { get; } = [];
    public int Sessions { get; private set; }
    public string? Task { get; private set; }
    public string? Model { get; private set; }
    public string? Version { get; private set; }

    /// <summary>The line of a fence the file never closed (it was cut off while the reply was written), if any.</summary>
    public long? OpenFenceLine { get; private set; }

    public void Accept(string line, long number)
    {
        if (line.StartsWith(SessionHeader, StringComparison.Ordinal))
        {
            Close();
            (_answered, _inFence, _repliesInSession) = (null, false, 0);
            Sessions++;
            return;
        }

        if (!_inFence && (line.StartsWith("> ", StringComparison.Ordinal) || line == ">"))
        {
            Close();
            ReadOutput(line.Length > 2 ? line[2..].TrimEnd() : "");
            return;
        }

        if (!_inFence && line.StartsWith("####", StringComparison.Ordinal))
        {
            Close();
            _answered = null;
            _user.Add(line.TrimStart('#').Trim());
            return;
        }

        FlushUser();
        if (_reply is null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }

            _reply = new AiderReply(Math.Max(Sessions, 1), _repliesInSession++, number);
        }

        _reply.Lines.Add(line);
        if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
        {
            _inFence = !_inFence;
            _fenceLine = number;
        }
    }

    public void Finish()
    {
        OpenFenceLine = _inFence ? _fenceLine : null;
        Close();
        FlushUser();
    }

    private void ReadOutput(string text)
    {
        FlushUser();
        _answered?.Output.Add(text);
        if (Model is null && text.StartsWith("Model: ", StringComparison.Ordinal))
        {
            var end = text.IndexOf(" with ", StringComparison.Ordinal);
            Model = end > 7 ? text[7..end] : text[7..];
        }

        if (Version is null && text.StartsWith("Aider v", StringComparison.Ordinal))
        {
            Version = text["Aider v".Length..].Trim();
        }
    }

    private void Close()
    {
        if (_reply is not null)
        {
            Replies.Add(_reply);
            _answered = _reply;
        }

        _reply = null;
        _inFence = false;
    }

    private void FlushUser()
    {
        if (_user.Count > 0)
        {
            Task ??= string.Join('\n', _user);
            _user.Clear();
        }
    }
}
