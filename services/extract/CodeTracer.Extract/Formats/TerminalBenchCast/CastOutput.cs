using System.Text;
using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.TerminalBenchCast;

/// <summary>
/// The terminal output of an asciinema v2 recording: every "o" event's text joined and cleaned of escape
/// sequences, with where each event starts so a position in the text maps back to a line and a time.
/// </summary>
internal sealed class CastOutput
{
    private readonly List<(int Offset, long Line, double Seconds)> _events = [];

    private CastOutput(string file) => File = file;

    public string File { get; }

    public string Text { get; private set; } = "";

    public DateTimeOffset? StartedAt { get; private set; }

    public List<ExtractionDiagnostic> Diagnostics { get; } = [];

    /// <summary>Null with <paramref name="error"/> set when the file is not an asciinema v2 recording.</summary>
    public static CastOutput? Read(string file, CancellationToken cancellationToken, out string? error)
    {
        var output = new CastOutput(file);
        var text = new StringBuilder();
        var cleaner = new TerminalCleaner();
        using var reader = new StreamReader(file, Encoding.UTF8);
        error = output.ReadHeader(reader.ReadLine());
        if (error is not null)
        {
            return null;
        }

        long number = 1;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                output.ReadEvent(line, number, text, cleaner);
            }
        }

        output.Text = text.ToString();
        return output;
    }

    /// <summary>The recording line and wall-clock time of the event that wrote the text at <paramref name="offset"/>.</summary>
    public (long Line, DateTimeOffset? At) Locate(int offset)
    {
        var index = _events.BinarySearch((offset, long.MaxValue, double.MaxValue));
        index = index >= 0 ? index : Math.Max(0, ~index - 1);
        if (_events.Count == 0)
        {
            return (1, StartedAt);
        }

        var (_, line, seconds) = _events[index];
        return (line, StartedAt?.AddSeconds(seconds));
    }

    private string? ReadHeader(string? line)
    {
        try
        {
            using var header = JsonDocument.Parse(line ?? "");
            if (header.RootElement.Long("version") != 2)
            {
                return $"{File} is not an asciinema v2 recording: its first line has no \"version\": 2";
            }

            StartedAt = header.RootElement.Long("timestamp") is { } epoch ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null;
            return null;
        }
        catch (JsonException e)
        {
            return $"{File} is not an asciinema recording: its first line is not a JSON header ({e.Message})";
        }
    }

    private void ReadEvent(string line, long number, StringBuilder text, TerminalCleaner cleaner)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() < 3 || e[1].GetString() != "o")
            {
                return;
            }

            var seconds = e[0].ValueKind == JsonValueKind.Number ? e[0].GetDouble() : 0;
            _events.Add((text.Length, number, seconds));
            cleaner.Append(e[2].GetString() ?? "", text);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            Diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, File, number,
                $"recording line {number} is not a valid [time, type, text] event (truncated or corrupt): {ex.Message}"));
        }
    }
}
