using System.Text.RegularExpressions;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>
/// Scores a spec's fingerprints on a candidate. File names and required keys are gates (any miss: 0); each gate
/// present adds 0.1 to a base of 0.5, and the share of key sets and line patterns seen adds up to 0.3. The result
/// is capped at 0.95, so a built-in extractor that is certain still wins over a spec that imitates it.
/// </summary>
internal static class SpecDetector
{
    public const double Cap = 0.95;

    public static DetectionResult Detect(SpecPlan plan, RunCandidate candidate)
    {
        var fingerprints = plan.Spec.Fingerprints;
        if (SpecFiles.TrajectoryOf(plan, candidate) is not { } relative)
        {
            return DetectionResult.No(candidate.IsDirectory ? "no file the spec reads in this folder" : "file name matches none of " + string.Join(", ", fingerprints.FileNames));
        }

        var head = candidate.Head(relative);
        var evidence = new List<string>();
        var score = 0.5;
        if (fingerprints.FileNames.Count > 0)
        {
            score += 0.1;
            evidence.Add("file name");
        }

        var missing = fingerprints.RequiredKeys.Where(k => !HasKey(head, k)).ToList();
        if (missing.Count > 0)
        {
            return DetectionResult.No("missing keys: " + string.Join(", ", missing));
        }

        if (fingerprints.RequiredKeys.Count > 0)
        {
            score += 0.1;
            evidence.Add("keys " + string.Join(", ", fingerprints.RequiredKeys));
        }

        var optional = fingerprints.KeySets.Count + plan.LinePatterns.Count;
        var seen = fingerprints.KeySets.Count(set => set.All(k => HasKey(head, k))) + plan.LinePatterns.Count(p => Matches(p, head));
        if (optional > 0)
        {
            score += 0.3 * seen / optional;
            evidence.Add($"{seen} of {optional} key sets / line patterns");
        }

        return new DetectionResult(Math.Round(Math.Min(score, Cap), 3), $"spec {plan.Spec.Id} v{plan.Spec.Version}: " + string.Join("; ", evidence));
    }

    private static bool HasKey(string head, string key) =>
        head.Contains($"\"{key}\":", StringComparison.Ordinal) || head.Contains($"\"{key}\" :", StringComparison.Ordinal);

    private static bool Matches(Regex pattern, string head)
    {
        try
        {
            return pattern.IsMatch(head);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
