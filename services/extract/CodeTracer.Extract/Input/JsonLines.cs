using System.Text.Json;

namespace CodeTracer.Extract.Input;

/// <summary>
/// Reads a JSON-lines file one line at a time, so large files are never held whole. A line that does not
/// parse is yielded with its error (a truncated last line is the usual case); blank lines are skipped.
/// </summary>
public static class JsonLines
{
    public static IEnumerable<JsonLine> Read(string file, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(number, line);
        }
    }

    public static JsonLine Parse(long number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return new JsonLine(number, document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return new JsonLine(number, null, e.Message);
        }
    }
}
