using System.Text.RegularExpressions;

namespace CodeTracer.Ingest.Uploads;

/// <summary>What the client says about an upload: its file name (display and detection hints) and a format hint.</summary>
internal static partial class UploadNames
{
    public const string Unnamed = "upload";

    /// <summary>
    /// Keeps only the last path segment, without control characters: the name is shown and used for detection,
    /// never as a path, but a stored "../../x" would still mislead whoever reads it.
    /// </summary>
    public static string FileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').Last();
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 || clean is "." or ".." ? Unnamed : clean[..Math.Min(clean.Length, 200)];
    }

    /// <summary>Extractor ids are lowercase words with dashes (<c>claude-code-stream-json</c>); spec ids follow the same shape.</summary>
    public static bool IsFormatId(string value) => FormatId().IsMatch(value);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex FormatId();
}
