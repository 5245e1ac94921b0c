using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// Whether a step's result was an error: the format's own flag first, then the exit code, then the observation
/// text (many formats record only the output, and a traceback or "command not found" says enough).
/// </summary>
public static partial class ObservationErrors
{
    public static bool Failed(Step step)
    {
        if (step.IsError is { } flagged)
        {
            return flagged;
        }

        if (step.ExitCode is { } code)
        {
            return code != 0;
        }

        return step.Observation is { } text && ErrorText().IsMatch(text.Length > 4000 ? text[^4000..] : text);
    }

    [GeneratedRegex(@"Traceback \(most recent call last\)|^\w*(Error|Exception): |command not found|No such file or directory|Permission denied|exit code [1-9]|Exit code: [1-9]|returned non-zero exit status|^FAILED |\b\d+ failed\b|SyntaxError|ModuleNotFoundError|^E\s{3}", RegexOptions.Multiline)]
    private static partial Regex ErrorText();
}
