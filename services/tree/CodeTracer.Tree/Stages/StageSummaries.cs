using System.Globalization;
using CodeTracer.Contracts.Trees;
using CodeTracer.Tree.Classification;
using CodeTracer.Tree.Shell;

namespace CodeTracer.Tree.Stages;

/// <summary>
/// The one-line intent and outcome of a stage, from its steps alone (no LLM): what it was about (files, packages,
/// commands) and how it ended (errors, files changed, the last check's result).
/// </summary>
public static class StageSummaries
{
    private const int MaxSubjects = 3;

    public static string Intent(StagePhase phase, IReadOnlyList<ClassifiedStep> steps, IReadOnlyList<FileChange> changes) => phase switch
    {
        StagePhase.DependencyInstallation => "Install " + List(Packages(steps), "packages"),
        StagePhase.EnvironmentSetup => "Set up the environment: " + List(CommandNames(steps), "commands"),
        StagePhase.Patching => "Change " + List(changes.Select(c => c.Path), "files"),
        StagePhase.Verification => "Verify with " + List(Commands(steps), "checks"),
        StagePhase.Inspection => "Inspect " + List(Subjects(steps), "the environment"),
        _ => "Steps by " + List(steps.Select(s => s.Step.Tool), "tools"),
    };

    public static string Outcome(StagePhase phase, IReadOnlyList<ClassifiedStep> steps, IReadOnlyList<FileChange> changes)
    {
        var failed = steps.Where(s => s.Failed).Select(s => s.Id).ToList();
        var parts = new List<string> { Count(steps.Count, "step") + (failed.Count == 0 ? ", no errors" : $", {failed.Count} failed ({Ids(failed)})") };
        if (changes.Count > 0)
        {
            var created = changes.Count(c => c.Kind == FileChangeKind.Created);
            var deleted = changes.Count(c => c.Kind == FileChangeKind.Deleted);
            var files = changes.Select(c => c.Path).Distinct(StringComparer.Ordinal).Count();
            parts.Add($"{Count(files, "file")} touched" + (created > 0 ? $", {created} created" : "") + (deleted > 0 ? $", {deleted} deleted" : ""));
        }

        if (phase == StagePhase.Verification && steps.LastOrDefault(s => s.Effect.RunsCode) is { } check)
        {
            parts.Add(check.Failed ? $"last check failed (step {Id(check.Id)})" : check.Step.HasObservation ? $"last check ran clean (step {Id(check.Id)})" : $"last check has no result (step {Id(check.Id)})");
        }
        else if (steps.Count > 0)
        {
            parts.Add(steps[^1].Failed ? "ended on an error" : "ended without error");
        }

        return string.Join("; ", parts);
    }

    private static string List(IEnumerable<string> items, string fallback)
    {
        var distinct = items.Select(i => i.StartsWith("./", StringComparison.Ordinal) ? i[2..] : i).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return fallback;
        }

        var shown = string.Join(", ", distinct.Take(MaxSubjects).Select(i => Short(i, 48)));
        return distinct.Count > MaxSubjects ? $"{shown} and {distinct.Count - MaxSubjects} more" : shown;
    }

    private static IEnumerable<string> Packages(IReadOnlyList<ClassifiedStep> steps) =>
        ShellCommands(steps).SelectMany(words =>
        {
            var i = words.FindIndex(w => w is "install" or "add" or "require");
            return i < 0 ? [] : words.Skip(i + 1).Where(w => !w.StartsWith('-') && w is not ("." or "-e"));
        });

    private static IEnumerable<string> CommandNames(IReadOnlyList<ClassifiedStep> steps) =>
        ShellCommands(steps).Where(w => w.Count > 0 && !CommandPhases.IsNeutral(w[0])).Select(w => string.Join(' ', w.Take(w[0] is "git" or "conda" or "docker" ? 2 : 1)));

    private static IEnumerable<string> Commands(IReadOnlyList<ClassifiedStep> steps) =>
        steps.Select(s => StepClassifier.ShellTextOf(s.Step)).OfType<string>().Select(Tidy);

    private static IEnumerable<string> Subjects(IReadOnlyList<ClassifiedStep> steps) =>
        steps.SelectMany(s => StepClassifier.PathArgumentOf(s.Step) is { } path ? [path] : PathMentions.In(s.Step.Action).Take(2));

    private static IEnumerable<List<string>> ShellCommands(IReadOnlyList<ClassifiedStep> steps) =>
        steps.Select(s => StepClassifier.ShellTextOf(s.Step)).OfType<string>()
            .SelectMany(ShellParser.Parse).Select(c => ShellClassifier.SkipPrefix(c.Words)).Where(w => w.Count > 0);

    /// <summary>The command without its leading "cd somewhere &amp;&amp;", which every step of some agents repeats.</summary>
    private static string Tidy(string shell)
    {
        var text = shell.Trim();
        while (text.StartsWith("cd ", StringComparison.Ordinal) && text.IndexOf("&&", StringComparison.Ordinal) is var i && i > 0)
        {
            text = text[(i + 2)..].TrimStart();
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // A path keeps its tail (the file name), a command its head (the program and its first arguments).
    private static string Short(string text, int max) =>
        text.Length <= max ? text : text.Contains('/', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal) ? "…" + text[^(max - 1)..] : text[..(max - 1)] + "…";

    private static string Count(int n, string noun) => $"{Id(n)} {noun}{(n == 1 ? "" : "s")}";

    private static string Ids(List<int> ids) => string.Join(",", ids.Take(5).Select(Id)) + (ids.Count > 5 ? ",…" : "");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
