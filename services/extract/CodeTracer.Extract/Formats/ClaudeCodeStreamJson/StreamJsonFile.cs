using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.ClaudeCodeStreamJson;

/// <summary>Feeds a stream-json file to a transcript one line at a time; a damaged line is reported and skipped.</summary>
internal static class StreamJsonFile
{
    public static StreamJsonTranscript Read(string file, CancellationToken cancellationToken)
    {
        var transcript = new StreamJsonTranscript(file, FileHash.Sha256(file));
        foreach (var line in JsonLines.Read(file, cancellationToken))
        {
            if (line.Value is { } value)
            {
                transcript.Accept(value, line.Number);
            }
            else
            {
                transcript.Report(DiagnosticSeverity.Error, line.Number, $"line {line.Number} is not valid JSON (truncated or corrupt): {line.Error}");
            }
        }

        return transcript;
    }

    /// <summary>Why the file is not stream-json at all, or null when at least one event was read.</summary>
    public static string? NotStreamJson(string file, StreamJsonTranscript transcript) => transcript.EventCount > 0
        ? null
        : $"{file} is not Claude Code stream-json: no line is a JSON event of type system/assistant/user/result" +
          (transcript.Diagnostics.FirstOrDefault() is { } first ? $" ({first.Message})" : "");
}
