using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Formats.OpenHandsCompletions;

/// <summary>
/// The files of one <c>llm_completions/&lt;instance&gt;/</c> folder: <c>&lt;model&gt;-&lt;epoch seconds&gt;.json</c>, one per
/// LLM call. The call with the largest timestamp holds the whole conversation.
/// </summary>
internal static partial class CompletionFiles
{
    public const string ParentFolder = "llm_completions";

    public static List<(double Timestamp, string File)> Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.json")
            .Select(f => (Match: Stamp().Match(Path.GetFileName(f)), File: f))
            .Where(x => x.Match.Success)
            .Select(x => (double.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.File))
            .OrderBy(x => x.Item1)];
    }

    /// <summary>True when every JSON file of the folder is named after a call's timestamp.</summary>
    public static bool AllStamped(string folder, int stamped) => Directory.GetFiles(folder, "*.json").Length == stamped;

    [GeneratedRegex("-(\\d{9,11}(?:\\.\\d+)?)\\.json$")]
    private static partial Regex Stamp();
}
