using System.Text.RegularExpressions;

namespace CodeTracer.Tree.Classification;

/// <summary>File paths named in free text (a script body, inline code): words with a slash or a file extension.</summary>
public static partial class PathMentions
{
    public static IReadOnlyList<string> In(string text) =>
        [.. PathLike().Matches(text).Select(m => m.Value.TrimEnd('.', ',', ':')).Where(p => p.Contains('/', StringComparison.Ordinal) && p.Contains('.', StringComparison.Ordinal)).Distinct()];

    [GeneratedRegex(@"(?<![\w/.-])\.{0,2}/?[\w.-]+(?:/[\w.-]+)+\.\w+")]
    private static partial Regex PathLike();
}
