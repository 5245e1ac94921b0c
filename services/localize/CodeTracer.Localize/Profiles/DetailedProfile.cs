using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Profiles;

/// <summary>
/// The diagnosis as a reader wants it explained: the chain from the onset on, the decision points (the onset and the
/// first failed check after it, where the agent could still have turned back) with what it should have done, and the
/// strategy the replay hint asks for.
/// </summary>
public static class DetailedProfile
{
    public const string Name = "detailed";

    public static DetailedView Of(Run run, TraceTree tree, Diagnosis diagnosis)
    {
        var byId = run.Steps.ToDictionary(s => s.Id);
        var chain = diagnosis.Incorrect.Where(byId.ContainsKey).Select(id => Link(byId[id], id == diagnosis.Onset?.Step ? "onset" : "carries the error forward")).ToList();
        var decisions = new List<DecisionPoint>();
        if (diagnosis.Onset is { } onset && byId.TryGetValue(onset.Step, out var first))
        {
            decisions.Add(new DecisionPoint(onset.Step, $"{first.Tool}: {Clip(first.Action)}", diagnosis.Replay?.Instruction ?? "reconsider the approach here"));
            var check = diagnosis.Evidence.FirstOrDefault(e => e.Signal == "failed-check-after-change")?.Steps.FirstOrDefault(s => s > onset.Step);
            if (check is { } c and > 0 && byId.TryGetValue(c, out var failed))
            {
                decisions.Add(new DecisionPoint(c, $"the check `{Clip(failed.Action)}` failed after the change", "read the failure and revisit the hypothesis behind the change instead of building on it"));
            }
        }

        var strategy = diagnosis.Replay is { } replay
            ? $"Replay the run up to step {replay.ResumeFromStep}, then: {replay.Instruction}"
            : "No onset was found: nothing to correct.";
        return new DetailedView(diagnosis.Onset, diagnosis.Category, diagnosis.SuspiciousStage, diagnosis.Confidence, diagnosis.Reason, chain, decisions, strategy, diagnosis.Replay, diagnosis.Evidence);
    }

    private static ChainLink Link(Step step, string role) => new(step.Id, step.Anchor, step.Tool, Clip(step.Action), role);

    private static string Clip(string action)
    {
        var line = action.Split('\n')[0].Trim();
        return line.Length > 120 ? line[..120] + "…" : line;
    }
}
