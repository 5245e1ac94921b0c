namespace CodeTracer.Extract.Formats.AiderChatHistory;

/// <summary>
/// The actions in a reply, per the corpus README: an edit block is a SEARCH/REPLACE block, a file name line followed by
/// a fenced block (whole format) or a <c>---</c>/<c>+++</c> diff; a shell command is a fenced <c>bash</c>/<c>sh</c> block.
/// </summary>
internal static class AiderBlocks
{
    public static (List<string> Edits, List<string> Commands) Of(IReadOnlyList<string> lines)
    {
        var edits = new List<string>();
        var commands = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsFence(lines[i]))
            {
                continue;
            }

            var close = i + 1;
            while (close < lines.Count && !IsFence(lines[close]))
            {
                close++;
            }

            var language = lines[i].Trim()[3..].Trim();
            var body = lines.Skip(i + 1).Take(close - i - 1).ToList();
            var named = i > 0 && IsFileName(lines[i - 1]);
            var start = named ? i - 1 : i;
            var block = string.Join('\n', lines.Skip(start).Take(Math.Min(close, lines.Count - 1) - start + 1)) + "\n";
            if (named || body.Any(l => l.StartsWith("<<<<<<< SEARCH", StringComparison.Ordinal)) || IsDiff(language, body))
            {
                edits.Add(block);
            }
            else if (language is "bash" or "sh" or "shell")
            {
                commands.Add(string.Join('\n', body));
            }

            i = close;
        }

        return (edits, commands);
    }

    private static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

    private static bool IsDiff(string language, List<string> body) => language == "diff"
        || (body.Any(l => l.StartsWith("--- ", StringComparison.Ordinal)) && body.Any(l => l.StartsWith("+++ ", StringComparison.Ordinal)));

    // Aider writes the bare path on the line before a whole-file block: no spaces, a dot or a slash, no trailing colon.
    private static bool IsFileName(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and < 256 && !text.Any(char.IsWhiteSpace) && (text.Contains('.') || text.Contains('/'))
            && !text.EndsWith(':') && !text.StartsWith('#') && !text.StartsWith("```", StringComparison.Ordinal);
    }
}
