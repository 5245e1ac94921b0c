using System.Text;
using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>File name globs: <c>*</c> (no '/'), <c>**</c> (any depth), <c>?</c>; compared case-insensitively.</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string relativePath) =>
        ToRegex(pattern).IsMatch(relativePath.Replace('\\', '/'));

    private static Regex ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                builder.Append(".*");
                i++;
            }
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
