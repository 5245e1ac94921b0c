using System.Text.RegularExpressions;

namespace CodeTracer.Tree.Classification;

/// <summary>
/// The files an <c>apply_patch</c> envelope names (Codex: <c>*** Add File: p</c>, <c>*** Update File: p</c>,
/// <c>*** Delete File: p</c>, <c>*** Move to: p</c>), so a patch's file state is as precise as an editor call's.
/// </summary>
internal static partial class PatchFiles
{
    public static StepEffect Of(string text)
    {
        var effect = StepEffect.Explore;
        foreach (Match m in Header().Matches(text.Replace("\\n", "\n", StringComparison.Ordinal)))
        {
            var path = m.Groups[2].Value.Trim().TrimEnd('"', ',');
            effect = effect.Merge(m.Groups[1].Value switch
            {
                "Add File" or "Move to" => StepEffect.WriteWhole(path),
                "Delete File" => StepEffect.Delete(path),
                _ => StepEffect.Change(path),
            });
        }

        return effect;
    }

    [GeneratedRegex(@"^\*\*\* (Add File|Update File|Delete File|Move to): ([^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex Header();
}
