using System.Text;

namespace CodeTracer.Extract.Formats.TerminalBenchCast;

/// <summary>
/// Recovers the stream-json objects a program printed into a terminal. The terminal adds line breaks where the
/// screen wraps and carriage returns of its own; JSON text never holds raw control characters (RFC 8259 §7),
/// so every control character inside an object is terminal noise and is dropped.
/// </summary>
internal static class EmbeddedJsonScanner
{
    private const string Start = "{\"type\"";

    public static IEnumerable<EmbeddedJson> Scan(string text)
    {
        var position = 0;
        while ((position = text.IndexOf(Start, position, StringComparison.Ordinal)) >= 0)
        {
            var (json, end) = ReadObject(text, position);
            if (json is null)
            {
                yield return new EmbeddedJson(position, null, "a JSON event is cut off at the end of the recording");
                yield break;
            }

            yield return new EmbeddedJson(position, json, null);
            // Nested objects also start with {"type" (content blocks); skipping the whole object keeps them nested.
            position = end;
        }
    }

    private static (string? Json, int End) ReadObject(string text, int start)
    {
        var json = new StringBuilder();
        var depth = 0;
        var inString = false;
        var escaped = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c < ' ')
            {
                continue;
            }

            json.Append(c);
            if (inString)
            {
                (escaped, inString) = escaped ? (false, true) : (c == '\\', c != '"');
                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '{' || c == '[')
            {
                depth++;
            }
            else if ((c == '}' || c == ']') && --depth == 0)
            {
                return (json.ToString(), i + 1);
            }
        }

        return (null, text.Length);
    }
}
