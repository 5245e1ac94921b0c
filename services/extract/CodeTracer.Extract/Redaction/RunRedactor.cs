using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Redaction;

/// <summary>
/// Redacts every step of a run (sub-agent steps too) and records what it removed on the step. RunReader applies it
/// to every extractor's output, spec-based ones included, so no extractor can forget it.
/// </summary>
public static class RunRedactor
{
    public static Run Redact(Run run)
    {
        var changed = false;
        var steps = run.Steps.Select(s => RedactStep(s, ref changed)).ToList();
        return changed ? run with { Steps = steps } : run;
    }

    private static Step RedactStep(Step step, ref bool changed)
    {
        var redactions = new List<Contracts.Runs.Redaction>(step.Redactions);
        var subChanged = false;
        var subSteps = step.SubSteps.Select(s => RedactStep(s, ref subChanged)).ToList();
        var redacted = step with
        {
            Action = Field("action", step.Action, redactions)!,
            Arguments = Field("arguments", step.Arguments, redactions),
            Observation = Field("observation", step.Observation, redactions),
            Thought = Field("thought", step.Thought, redactions),
            Reasoning = Field("reasoning", step.Reasoning, redactions),
            SubSteps = subChanged ? subSteps : step.SubSteps,
            Redactions = redactions,
        };
        if (redactions.Count == step.Redactions.Count && !subChanged)
        {
            return step;
        }

        changed = true;
        return redacted;
    }

    private static string? Field(string name, string? text, List<Contracts.Runs.Redaction> redactions)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = SecretRedactor.Redact(text, out var counts);
        redactions.AddRange(counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new Contracts.Runs.Redaction(name, c.Key, c.Value)));
        return result;
    }
}
