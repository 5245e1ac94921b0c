using CodeTracer.Contracts.Trees;

namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// Edits the agent later undid (a backup copied back, <c>git checkout</c> of the file): the tree's file history
/// says which earlier changes of the restored file were thrown away. Those edits were a hypothesis that did not
/// hold, so they are unuseful; the restores themselves show the agent changing its mind.
/// </summary>
public sealed class RevertedEdits : ISignal
{
    public Finding? Evaluate(SignalInput input)
    {
        var reverted = new SortedSet<int>();
        var restores = new List<int>();
        foreach (var step in input.Steps.Where(s => s.IsChange && ProductFiles.IsRestore(s)))
        {
            foreach (var change in input.Tree.FileChanges.Where(c => c.StepId == step.Id && c.Kind == FileChangeKind.Modified))
            {
                // Everything that changed the file since it was last restored (or since the run began) is undone.
                var touches = input.Tree.TouchesOf(change.Path).Where(t => t.StepId < step.Id).ToList();
                var since = touches.LastOrDefault(t => IsRestoreStep(input, t.StepId))?.StepId ?? 0;
                var undone = touches.Where(t => t.StepId > since && t.Kind == FileChangeKind.Modified && !IsRestoreStep(input, t.StepId)).Select(t => t.StepId).ToList();
                if (undone.Count > 0)
                {
                    reverted.UnionWith(undone);
                    restores.Add(step.Id);
                }
            }
        }

        if (reverted.Count == 0)
        {
            return null;
        }

        var steps = reverted.Concat(restores).Distinct().Order().ToList();
        return new Finding("reverted-edit", steps, $"{reverted.Count} edit(s) undone by {restores.Distinct().Count()} restore(s), first at step {restores.Min()}")
        {
            Unuseful = [.. reverted],
        };
    }

    private static bool IsRestoreStep(SignalInput input, int id) =>
        input.Steps.FirstOrDefault(s => s.Id == id) is { } s && ProductFiles.IsRestore(s);
}
