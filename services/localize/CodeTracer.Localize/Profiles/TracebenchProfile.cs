using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Profiles;

/// <summary>
/// The diagnosis as CodeTraceBench labels it: <c>[{stage_id, incorrect_step_ids, unuseful_step_ids, reasoning}]</c>,
/// one entry per tree stage that holds an incorrect or unuseful step, in stage order.
/// </summary>
public static class TracebenchProfile
{
    public const string Name = "tracebench";

    public static IReadOnlyList<TracebenchStage> Of(Run run, TraceTree tree, Diagnosis diagnosis)
    {
        var flagged = diagnosis.Incorrect.Select(s => (Step: s, Incorrect: true)).Concat(diagnosis.Unuseful.Select(s => (Step: s, Incorrect: false)));
        return
        [
            .. flagged
                .GroupBy(f => tree.StageOf(f.Step)?.Id ?? 0)
                .OrderBy(g => g.Key)
                .Select(g => new TracebenchStage(
                    g.Key,
                    [.. g.Where(f => f.Incorrect).Select(f => f.Step).Distinct().Order()],
                    [.. g.Where(f => !f.Incorrect).Select(f => f.Step).Distinct().Order()],
                    Reasoning(g.Key, g.Where(f => f.Incorrect).Select(f => f.Step).ToList(), tree, diagnosis))),
        ];
    }

    private static string Reasoning(int stageId, IReadOnlyList<int> incorrect, TraceTree tree, Diagnosis diagnosis)
    {
        var stage = tree.Stages.FirstOrDefault(s => s.Id == stageId);
        var phase = stage is null ? "outside every stage" : $"{stage.Phase} stage ({stage.Intent})";
        if (diagnosis.Onset is { } onset && incorrect.Contains(onset.Step))
        {
            return $"{phase}: the failure starts at step {onset.Step}. {diagnosis.Reason}";
        }

        return incorrect.Count > 0
            ? $"{phase}: steps {string.Join(", ", incorrect)} carry the error from step {diagnosis.Onset?.Step} forward."
            : $"{phase}: these steps did not move the run forward.";
    }
}
