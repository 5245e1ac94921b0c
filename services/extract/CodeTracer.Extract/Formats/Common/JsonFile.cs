using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>
/// Loads a trajectory that is one big JSON document (not JSON lines), straight from a stream so the text is never
/// held twice. Files that cannot hold a run and JSON that breaks off are reported with the file and the position.
/// </summary>
public static class JsonFile
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static bool TryLoad(string file, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out string? error)
    {
        document = null;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            error = $"{file}: {problem}";
            return false;
        }

        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            document = JsonDocument.Parse(stream, Options);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            // JsonException counts lines and bytes from 0 and repeats them, 0-based, in its message; people count from 1.
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var reason = e.Message;
            var cut = reason.IndexOf(" Path:", StringComparison.Ordinal) is var p and >= 0 ? p : reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut >= 0 ? reason[..cut] : reason;
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $", inside {e.Path}";
            error = $"{file}: not valid JSON, parsing stopped at line {line}, byte {column} of that line{where} " +
                $"(the file is truncated or damaged): {reason}";
            return false;
        }
    }
}
