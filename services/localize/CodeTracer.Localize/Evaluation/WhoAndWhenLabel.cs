using System.Text.RegularExpressions;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// The Who&amp;When label a run carries: the extractor keeps the file's <c>mistake_step</c> as an info diagnostic
/// ("label: mistake_step=N, …"). Who&amp;When counts from 0 and every element is a step, so the step id is N + 1.
/// </summary>
public static partial class WhoAndWhenLabel
{
    public static int? MistakeStep(Run run)
    {
        foreach (var diagnostic in run.Diagnostics)
        {
            if (MistakeStepText().Match(diagnostic.Message) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^label: mistake_step=(\d+)")]
    private static partial Regex MistakeStepText();
}
