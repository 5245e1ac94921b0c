using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Localize.Heuristics.Signals;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// Where to resume and what to say: replay up to the step before the onset (0 means start over), then give the
/// agent an instruction that names the mistake the evidence shows, so it does not repeat it.
/// </summary>
public static class ReplayHints
{
    public static ReplayHint Of(int onset, ErrorCategory category, Finding chosen, StepFacts onsetStep, IReadOnlyList<Finding> findings)
    {
        var what = Clip(onsetStep.Step.Action);
        var files = onsetStep.Effect.Targets.Count > 0 ? string.Join(", ", onsetStep.Effect.Targets.Take(3)) : null;
        var instruction = category switch
        {
            ErrorCategory.DependencyResolution => $"Step {onset} (`{what}`) failed to install what the task needs; check the package name, version and index before continuing, and do not build on a missing dependency.",
            ErrorCategory.EnvironmentSetup => $"Step {onset} (`{what}`) failed because the environment was not what the agent assumed; inspect the working folder, tools and paths first.",
            ErrorCategory.UnproductiveLooping => $"From step {onset} the run repeated itself without progress ({Signals(findings)}); stop retrying `{what}` and try a different approach.",
            ErrorCategory.VerificationMisinterpretation => $"Step {onset} (`{what}`) was never properly verified ({Signals(findings)}); run the task's own tests or checks and read their output before claiming success.",
            ErrorCategory.Other when chosen.Signal == "degenerate-actions" => $"From step {onset} the tool calls were malformed (`{what}`); issue complete, well-formed commands with real arguments.",
            _ when files is not null => $"Step {onset} changed {files} on a hypothesis the later checks did not confirm; reproduce the failure and confirm its cause before editing {files}.",
            _ => $"Step {onset} (`{what}`) started the failure ({chosen.Detail}); reconsider the approach from there.",
        };
        return new ReplayHint(Math.Max(0, onset - 1), instruction);
    }

    private static string Signals(IReadOnlyList<Finding> findings) => string.Join(", ", findings.Select(f => f.Signal).Distinct());

    private static string Clip(string action)
    {
        var line = action.Split('\n')[0].Trim();
        return line.Length > 80 ? line[..80] + "…" : line;
    }
}
