using System.Text;

namespace CodeTracer.Tree.Shell;

/// <summary>
/// Splits a shell text into simple commands: on <c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>|</c>, <c>&amp;</c>,
/// newlines and subshell parentheses, with quotes, escapes and here-documents honoured. It is a classifier's
/// parser, not bash: it never fails, and text it cannot make sense of simply becomes words.
/// </summary>
public static class ShellParser
{
    public static IReadOnlyList<ShellCommand> Parse(string text)
    {
        var state = new ParserState(text);
        state.Run();
        return state.Commands;
    }

    private sealed class ParserState(string text)
    {
        private readonly List<string> words = [];
        private readonly List<ShellRedirect> redirects = [];
        // Each announced here-document: its delimiter and the command that reads it (-1 while that command is still open).
        private readonly List<(string Delimiter, int Command)> pendingHeredocs = [];
        private string? redirectOperator;
        private int pos;

        public List<ShellCommand> Commands { get; } = [];

        public void Run()
        {
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == '\n')
                {
                    pos++;
                    ReadHeredocBodies();
                    EndCommand();
                }
                else if (char.IsWhiteSpace(c))
                {
                    pos++;
                }
                else if (c == '#' )
                {
                    // A comment runs to the end of the line.
                    while (pos < text.Length && text[pos] != '\n')
                    {
                        pos++;
                    }
                }
                else if (c is ';' or '|' or '&' or '(' or ')' or '{' or '}' && IsSeparatorAt(c))
                {
                    pos += c is '&' or '|' && pos + 1 < text.Length && text[pos + 1] == c ? 2 : 1;
                    EndCommand();
                }
                else if (c is '>' or '<' || char.IsDigit(c) && pos + 1 < text.Length && text[pos + 1] is '>' or '<')
                {
                    ReadRedirectOperator();
                }
                else
                {
                    AddWord(ReadWord());
                }
            }

            EndCommand();
        }

        private bool IsSeparatorAt(char c) =>
            // Braces group commands only as their own words: "{a,b}" and "${x}" are parts of words.
            c is not ('{' or '}') || (pos + 1 >= text.Length || char.IsWhiteSpace(text[pos + 1]) || text[pos + 1] == ';');

        private void ReadRedirectOperator()
        {
            var start = pos;
            if (char.IsDigit(text[pos]) || text[pos] == '&' )
            {
                pos++;
            }

            while (pos < text.Length && text[pos] is '>' or '<' or '&' or '|' or '-')
            {
                pos++;
            }

            var op = text[start..pos];
            if (op.StartsWith("<<<", StringComparison.Ordinal))
            {
                // A here-string feeds a word; it names no file.
                ReadWord();
                return;
            }

            redirectOperator = op;
        }

        private void AddWord(string word)
        {
            if (redirectOperator is { } op)
            {
                redirectOperator = null;
                if (op.StartsWith("<<", StringComparison.Ordinal))
                {
                    pendingHeredocs.Add((word, -1));
                }
                else
                {
                    redirects.Add(new ShellRedirect(op, word));
                }

                return;
            }

            words.Add(word);
        }

        private string ReadWord()
        {
            var word = new StringBuilder();
            var depth = 0;
            while (pos < text.Length)
            {
                var c = text[pos];
                if (depth == 0 && (char.IsWhiteSpace(c) || c is ';' or '|' or '&' or '<' or '>' or ')' || c == '(' && word.Length == 0))
                {
                    break;
                }

                if (c == '\\' && pos + 1 < text.Length)
                {
                    word.Append(text[pos + 1]);
                    pos += 2;
                }
                else if (c is '\'' or '"')
                {
                    ReadQuoted(word, c);
                }
                else
                {
                    // "$(" … ")" and backticks stay inside the word; nesting is tracked so their separators do not split it.
                    if (c == '(' )
                    {
                        depth++;
                    }
                    else if (c == ')')
                    {
                        depth--;
                    }

                    word.Append(c);
                    pos++;
                }
            }

            return word.ToString();
        }

        private void ReadQuoted(StringBuilder word, char quote)
        {
            pos++;
            while (pos < text.Length && text[pos] != quote)
            {
                if (quote == '"' && text[pos] == '\\' && pos + 1 < text.Length)
                {
                    pos++;
                }

                word.Append(text[pos]);
                pos++;
            }

            pos++;
        }

        private void ReadHeredocBodies()
        {
            EndCommand();
            foreach (var (delimiter, command) in pendingHeredocs)
            {
                var body = new StringBuilder();
                while (pos < text.Length)
                {
                    var end = text.IndexOf('\n', pos);
                    var line = end < 0 ? text[pos..] : text[pos..end];
                    pos = end < 0 ? text.Length : end + 1;
                    if (line.Trim() == delimiter)
                    {
                        break;
                    }

                    body.Append(line).Append('\n');
                }

                if (command >= 0)
                {
                    Commands[command] = Commands[command] with { Heredoc = (Commands[command].Heredoc ?? "") + body };
                }
            }

            pendingHeredocs.Clear();
        }

        private void EndCommand()
        {
            if (words.Count > 0 || redirects.Count > 0)
            {
                Commands.Add(new ShellCommand([.. words], [.. redirects], null));
            }

            for (var i = 0; i < pendingHeredocs.Count; i++)
            {
                if (pendingHeredocs[i].Command < 0)
                {
                    pendingHeredocs[i] = (pendingHeredocs[i].Delimiter, Commands.Count - 1);
                }
            }

            words.Clear();
            redirects.Clear();
            redirectOperator = null;
        }
    }
}
