using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.ClaudeCodeSession;

/// <summary>
/// The JSON lines of a session file, streamed. Session-share fixtures start with <c>//</c> comment lines naming their
/// source gist; those are skipped but still counted, so line numbers stay those of the file.
/// </summary>
internal static class SessionLines
{
    public static IEnumerable<JsonLine> Read(string file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long number = 0;
        var preamble = true;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (string.IsNullOrWhiteSpace(line) || (preamble && line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            {
                continue;
            }

            preamble = false;
            yield return JsonLines.Parse(number, line);
        }
    }

    /// <summary>The head without its <c>//</c> preamble, for detection.</summary>
    public static string StripPreamble(string head)
    {
        var rest = head.AsSpan();
        while (true)
        {
            var trimmed = rest.TrimStart();
            if (!trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                return trimmed.ToString();
            }

            var end = trimmed.IndexOf('\n');
            if (end < 0)
            {
                return "";
            }

            rest = trimmed[(end + 1)..];
        }
    }
}
