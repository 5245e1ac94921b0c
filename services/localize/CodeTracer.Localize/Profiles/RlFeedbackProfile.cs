using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Profiles;

/// <summary>
/// The diagnosis as per-step feedback for training: every step of the main sequence gets a deviation, the onset
/// the largest (scaled by confidence, so an unsure diagnosis punishes less), the rest of the chain half of it and
/// unuseful steps a small cost. Steps before the onset are on track.
/// </summary>
public static class RlFeedbackProfile
{
    public const string Name = "rl_feedback";

    public static IReadOnlyList<StepFeedback> Of(Run run, TraceTree tree, Diagnosis diagnosis)
    {
        var incorrect = diagnosis.Incorrect.ToHashSet();
        var unuseful = diagnosis.Unuseful.ToHashSet();
        var weight = Math.Round(diagnosis.Confidence, 3);
        return
        [
            .. run.Steps.Select(s => s.Id == diagnosis.Onset?.Step
                ? new StepFeedback(s.Id, "onset", -weight, diagnosis.Reason)
                : incorrect.Contains(s.Id)
                    ? new StepFeedback(s.Id, "incorrect", -Math.Round(weight / 2, 3), $"carries the error from step {diagnosis.Onset?.Step} forward")
                    : unuseful.Contains(s.Id)
                        ? new StepFeedback(s.Id, "unuseful", -0.1, "did not move the run forward")
                        : new StepFeedback(s.Id, "ok", 0, "")),
        ];
    }
}
