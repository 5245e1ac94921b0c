using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.CodexRollout;

/// <summary>
/// The error signal of a Codex call's output text, per the corpus README: <c>Process exited with code N</c>, a JSON
/// output's <c>metadata.exit_code</c>, a <c>… failed:</c> / <c>error:</c> prefix; else no signal (a poll that saw the
/// process still running, a plan update).
/// </summary>
internal static partial class CodexOutcome
{
    public static (bool? IsError, int? ExitCode) OfText(string output)
    {
        if (ExitedWith().Match(output) is { Success: true } exited)
        {
            var code = int.Parse(exited.Groups[1].Value, CultureInfo.InvariantCulture);
            return (code != 0, code);
        }

        if (output.TrimStart().StartsWith('{') && JsonArguments.Parse(output) is { } json
            && json.Path("metadata", "exit_code").AsLong() is { } exitCode)
        {
            return (exitCode != 0, (int)exitCode);
        }

        return FailedPrefix().IsMatch(output) ? (true, null) : (null, null);
    }

    [GeneratedRegex(@"^Process exited with code (-?\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ExitedWith();

    [GeneratedRegex(@"^(error:|[^\n]{0,80}? failed:)", RegexOptions.IgnoreCase)]
    private static partial Regex FailedPrefix();
}
