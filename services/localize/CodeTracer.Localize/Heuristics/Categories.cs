using System.Text.RegularExpressions;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Localize.Heuristics.Signals;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// The error category of a diagnosis, from the signal that named the onset, what the onset step did and what else
/// fired: a failing install is dependency resolution, a failing setup command environment setup, loops and budget
/// exhaustion unproductive looping, a success claim the outcome contradicts verification misinterpretation.
/// </summary>
public static partial class Categories
{
    public static ErrorCategory Of(Finding chosen, StepFacts onset, IReadOnlyList<Finding> findings)
    {
        bool Fired(string signal) => findings.Any(f => f.Signal == signal);
        var action = onset.Step.Action;
        if (chosen.Signal == "degenerate-actions")
        {
            return ErrorCategory.Other; // broken tool calls: none of the benchmark's kinds of mistake
        }

        if (onset.Failed && Install().IsMatch(action))
        {
            return ErrorCategory.DependencyResolution;
        }

        if (onset.Failed && (Setup().IsMatch(action) || onset.Step.Observation is { } o && Missing().IsMatch(o)) && !onset.IsChange)
        {
            return ErrorCategory.EnvironmentSetup;
        }

        return chosen.Signal switch
        {
            "retried-failure" => ErrorCategory.UnproductiveLooping,
            "product-edit" when Fired("reverted-edit") && Fired("budget-exhausted") => ErrorCategory.UnproductiveLooping,
            "product-edit" or "unrecovered-error" when Fired("contradicted-claim") => ErrorCategory.VerificationMisinterpretation,
            "unverified-change" => ErrorCategory.VerificationMisinterpretation,
            "premature-end" when Fired("budget-exhausted") || Fired("stagnation") => ErrorCategory.UnproductiveLooping,
            "premature-end" => ErrorCategory.Other,
            _ => ErrorCategory.IncorrectHypothesis,
        };
    }

    [GeneratedRegex(@"\b(pip3?|apt(-get)?|npm|yarn|conda|poetry|cargo|gem|go get|uv)\b.*\b(install|add|get)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Install();

    [GeneratedRegex(@"^\s*(export|source|cd|which|python3? -m venv|virtualenv|chmod|mkdir|service|systemctl|git clone)\b")]
    private static partial Regex Setup();

    [GeneratedRegex(@"command not found|No such file or directory|Permission denied|ModuleNotFoundError|No module named")]
    private static partial Regex Missing();
}
