using System.Globalization;
using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>mini-SWE-agent renders every command result as <c>&lt;returncode&gt;N&lt;/returncode&gt;</c> + output.</summary>
internal static partial class ReturnCode
{
    public static int? Parse(string? observation) =>
        observation is not null && Tag().Match(observation) is { Success: true } m
            && int.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;

    [GeneratedRegex("<returncode>\\s*(-?\\d+)\\s*</returncode>")]
    private static partial Regex Tag();
}
