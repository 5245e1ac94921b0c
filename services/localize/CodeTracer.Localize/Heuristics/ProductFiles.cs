using CodeTracer.Tree.Classification;

namespace CodeTracer.Localize.Heuristics;

/// <summary>
/// Tells the task's files from the agent's scratch files by the order of events: a file the run looked at before
/// writing it existed already (it belongs to the task); a file the run created out of nothing is scratch (a
/// reproduction script, a backup), unless it sits in a folder whose files the run had been reading.
/// </summary>
public static class ProductFiles
{
    private static readonly string[] ScratchSuffixes = [".bak", ".backup", ".orig", ".diff", ".patch", ".txt.bak", ".pyc", ".log", ".tmp"];

    public static IReadOnlyList<(int Step, IReadOnlyList<string> Files)> Edits(IReadOnlyList<StepFacts> steps)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        var readFolders = new HashSet<string>(StringComparer.Ordinal);
        var edits = new List<(int, IReadOnlyList<string>)>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.IsChange && !step.Degenerate && !IsRestore(step))
            {
                var files = step.Effect.Targets.Where(t => !IsScratchName(t)).Select(Key).Distinct()
                    .Where(key => IsProduct(key, steps, i, created, readFolders)).ToList();
                if (files.Count > 0)
                {
                    edits.Add((step.Id, files));
                }
            }

            if (!step.IsChange)
            {
                foreach (var path in PathMentions.In(step.Step.Action).Where(HasSourceExtension).Select(Key).Where(k => !created.Contains(k)))
                {
                    readFolders.Add(Folder(path));
                }
            }
        }

        return edits;
    }

    private static bool IsProduct(string key, IReadOnlyList<StepFacts> steps, int index, HashSet<string> created, HashSet<string> readFolders)
    {
        if (created.Contains(key))
        {
            return false;
        }

        if (steps.Take(index).Any(s => s.Step.Action.Contains(key, StringComparison.Ordinal)))
        {
            return true;
        }

        if (Folder(key) is { Length: > 0 } folder && readFolders.Contains(folder))
        {
            return true;
        }

        created.Add(key);
        return false;
    }

    /// <summary>
    /// A path compared by its last two segments: agents name the same file as /testbed/a/b.py, ./a/b.py or a/b.py.
    /// </summary>
    public static string Key(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
        return string.Join('/', parts.Skip(Math.Max(0, parts.Length - 2)));
    }

    private static string Folder(string key) => key.Contains('/', StringComparison.Ordinal) ? key[..key.LastIndexOf('/')] : "";

    private static bool IsScratchName(string path) =>
        path.StartsWith("/tmp/", StringComparison.Ordinal) || ScratchSuffixes.Any(s => path.EndsWith(s, StringComparison.Ordinal))
        || path.Contains(".backup", StringComparison.Ordinal) || path.Contains(".bak", StringComparison.Ordinal)
        || System.IO.Path.GetFileName(path) is "patch.txt" or "patch.diff";

    private static bool HasSourceExtension(string path)
    {
        var ext = System.IO.Path.GetExtension(path);
        return ext.Length > 1 && !ext[1..].All(char.IsDigit);
    }

    /// <summary>Copying a backup over a file, or checking it out again, undoes edits; it does not carry them forward.</summary>
    public static bool IsRestore(StepFacts step)
    {
        var action = step.Step.Action;
        if (step.Effect.Targets.Count > 1)
        {
            return false; // restored, then edited again in the same step
        }

        return action.Contains("git checkout", StringComparison.Ordinal) || action.Contains("git restore", StringComparison.Ordinal)
            || action.Contains("git stash", StringComparison.Ordinal)
            || (action.Contains("cp ", StringComparison.Ordinal) || action.Contains("mv ", StringComparison.Ordinal))
                && (action.Contains(".backup ", StringComparison.Ordinal) || action.Contains(".bak ", StringComparison.Ordinal) || action.Contains(".orig ", StringComparison.Ordinal));
    }
}
