using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Files;

/// <summary>
/// Which files each state-changing step created, modified or deleted. A whole-file write is a creation only when
/// nothing earlier in the run named the file (no read, no change); otherwise the file existed and was modified.
/// </summary>
public static class FileLedger
{
    public static IReadOnlyList<FileChange> Of(IReadOnlyList<ClassifiedStep> steps)
    {
        var changes = new List<FileChange>();
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, effect) = (steps[i].Step, steps[i].Effect);
            if (effect.Kind != StepKind.Change)
            {
                continue;
            }

            foreach (var path in effect.Targets.Where(IsPathLike).Distinct(StringComparer.Ordinal))
            {
                var kind = effect.Deleted.Contains(path) ? FileChangeKind.Deleted
                    : effect.Written.Contains(path) && (deleted.Contains(path) || !touched.Contains(path) && !NamedBefore(steps, i, path)) ? FileChangeKind.Created
                    : FileChangeKind.Modified;
                changes.Add(new FileChange(step.Id, path, kind));
                touched.Add(path);
                if (kind == FileChangeKind.Deleted)
                {
                    deleted.Add(path);
                }
                else
                {
                    deleted.Remove(path);
                }
            }
        }

        return changes;
    }

    /// <summary>Names that are not files: empty, options, globs' stray words, quoted messages with spaces.</summary>
    private static bool IsPathLike(string target) =>
        target.Length > 0 && !target.StartsWith('-') && !target.Any(char.IsWhiteSpace) && target != "." && target != "..";

    private static bool NamedBefore(IReadOnlyList<ClassifiedStep> steps, int index, string path)
    {
        var name = System.IO.Path.GetFileName(path.TrimEnd('/'));
        if (name.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (steps[i].Effect.Kind == StepKind.Explore && steps[i].Step.Action.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
