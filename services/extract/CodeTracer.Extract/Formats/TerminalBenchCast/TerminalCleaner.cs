using System.Text;

namespace CodeTracer.Extract.Formats.TerminalBenchCast;

/// <summary>
/// Removes ANSI escape sequences from terminal output fed in chunks. The state survives between chunks because a
/// recording splits output wherever the pty read stopped, often inside an escape sequence.
/// See https://invisible-island.net/xterm/ctlseqs/ctlseqs.html for the sequence shapes.
/// </summary>
internal sealed class TerminalCleaner
{
    private const char Escape = '\u001b';
    private const char Bell = '\u0007';
    private State _state = State.Text;

    private enum State
    {
        Text,
        Escape,
        ControlSequence,
        StringSequence,
        StringSequenceEscape,
        Charset,
    }

    public void Append(string chunk, StringBuilder clean)
    {
        foreach (var c in chunk)
        {
            _state = _state switch
            {
                State.Text when c == Escape => State.Escape,
                State.Text => Emit(clean, c),
                State.Escape => c switch
                {
                    '[' => State.ControlSequence,
                    ']' or 'P' or 'X' or '^' or '_' => State.StringSequence,
                    '(' or ')' or '*' or '+' => State.Charset,
                    _ => State.Text,
                },
                State.ControlSequence => c is >= '@' and <= '~' ? State.Text : State.ControlSequence,
                State.StringSequence when c == Bell => State.Text,
                State.StringSequence when c == Escape => State.StringSequenceEscape,
                State.StringSequence => State.StringSequence,
                State.StringSequenceEscape => c == '\\' ? State.Text : State.StringSequence,
                _ => State.Text,
            };
        }
    }

    private static State Emit(StringBuilder clean, char c)
    {
        clean.Append(c);
        return State.Text;
    }
}
