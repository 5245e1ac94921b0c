using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Localize.Memory;

/// <summary>
/// How a diagnosis becomes a memory entry: the key is the error category plus the heuristic signal that fired at
/// the onset, and the pattern and hint are CodeTracer's own text for them. Nothing from the run or the model's
/// prose is stored, so memory shown to a later prompt cannot carry an instruction planted in an earlier run, and
/// the keys per framework are bounded (categories × signals), which caps the store by construction.
/// </summary>
public static class MemoryPatterns
{
    public const string NoSignal = "no-signal";

    public static string KeyOf(Diagnosis diagnosis) => $"{CategoryName(diagnosis.Category)}/{SignalAtOnset(diagnosis)}";

    public static string PatternOf(Diagnosis diagnosis)
    {
        var signal = SignalAtOnset(diagnosis);
        var category = CategoryName(diagnosis.Category);
        return signal == NoSignal
            ? $"{category}: the onset had no heuristic signal of its own"
            : $"{category}: the {signal} signal fired at the onset";
    }

    public static string HintOf(ErrorCategory? category) => category switch
    {
        ErrorCategory.EnvironmentSetup => "Check the setup steps before the first change: a missing variable, service or tool explains many later failures.",
        ErrorCategory.DependencyResolution => "Read the install steps and their errors: a package that failed to install or came in the wrong version breaks what follows.",
        ErrorCategory.MislocalizedEdit => "Compare the file the agent edited with the file the failing test or traceback names.",
        ErrorCategory.IncorrectHypothesis => "Find the first step where the agent settles on a cause and check whether the observations before it support it.",
        ErrorCategory.VerificationMisinterpretation => "Read the check after the last change: a failing or empty test run may have been taken as a pass.",
        ErrorCategory.UnproductiveLooping => "Look for the same command or edit repeated with the same error; the onset is the first repeat that should have changed approach.",
        _ => "Start from the step the heuristic signal names and read the steps just before it.",
    };

    /// <summary>Kebab case, as the rest of CodeTracer prints enum values (<c>mislocalized-edit</c>).</summary>
    public static string CategoryName(ErrorCategory? category) => category is { } c
        ? string.Concat(c.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()))
        : "uncategorized";

    /// <summary>The first signal whose steps hold the onset; the LLM's own evidence line is not a signal.</summary>
    private static string SignalAtOnset(Diagnosis diagnosis) =>
        diagnosis.Evidence.FirstOrDefault(e => e.Signal != "llm-inspected" && diagnosis.Onset is { } onset && e.Steps.Contains(onset.Step))?.Signal ?? NoSignal;
}
