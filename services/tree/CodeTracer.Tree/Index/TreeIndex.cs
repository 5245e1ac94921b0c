using System.Globalization;
using System.Text;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Tree.Index;

/// <summary>
/// The compact tree index: a header, one line per stage, and one line per state segment with its step range,
/// kinds, files and error markers. Each line is bounded (at most three files, five error ids), so the index grows
/// linearly with the steps; <see cref="Render(Run, TraceTree, int?)"/> with a budget cuts it while keeping the
/// stages, the errors (latest first) and the last state.
/// </summary>
/// <example>
/// <code>
/// stage 2 patching 7-17: Change pvlib/irradiance.py | 11 steps, 1 failed (9); 2 files touched; ended without error
///   s1 7-9 c7 e2 +test_issue.py !9
/// </code>
/// </example>
public static class TreeIndex
{
    private const int MaxFiles = 3;
    private const int MaxErrors = 5;
    private const int MaxPath = 48;
    private const int MaxStageLine = 150;

    public static string Render(Run run, TraceTree tree, int? budgetTokens = null)
    {
        var paths = new PathDisplay(tree.FileChanges.Select(c => c.Path));
        var failed = run.Steps.Where(s => s.IsError == true || s.ExitCode is { } c && c != 0).Select(s => s.Id).ToHashSet();
        var header = $"run {run.Path} | {run.Format} | {Num(run.Steps.Count)} steps, {Num(tree.ExploreCount)} explore, {Num(tree.ChangeCount)} change, {Num(failed.Count)} failed | outcome {run.Outcome.Status.ToString().ToLowerInvariant()}"
            + (paths.Root.Length > 0 ? $" | files under {paths.Root}" : "");
        var lines = LinesOf(tree, paths, failed);
        return budgetTokens is { } budget ? IndexBudget.Cut(header, lines, budget) : IndexBudget.Join(header, lines);
    }

    private static List<IndexLine> LinesOf(TraceTree tree, PathDisplay paths, HashSet<int> failed)
    {
        var lines = new List<IndexLine>();
        var lastState = tree.Stages.Count > 0 && tree.Stages[^1].States.Count > 0 ? tree.Stages[^1].States[^1] : null;
        foreach (var stage in tree.Stages)
        {
            var head = $"stage {Num(stage.Id)} {PhaseName(stage.Phase)} {Num(stage.FirstStep)}-{Num(stage.LastStep)}";
            lines.Add(new IndexLine(Cap($"{head}: {stage.Intent} | {stage.Outcome}", MaxStageLine), head, IndexPriority.Stage, true, stage.FirstStep, stage.LastStep, 0));
            foreach (var state in stage.States)
            {
                var errors = StepsOf(state).Where(failed.Contains).ToList();
                var priority = ReferenceEquals(state, lastState) ? IndexPriority.LastState : errors.Count > 0 ? IndexPriority.ErrorState : IndexPriority.State;
                lines.Add(new IndexLine(StateLine(tree, state, paths, errors), null, priority, false, state.FirstStep, state.LastStep, errors.Count));
            }
        }

        return lines;
    }

    private static string StateLine(TraceTree tree, StateNode state, PathDisplay paths, List<int> errors)
    {
        var text = new StringBuilder($"  s{Num(state.Index)} {Num(state.FirstStep)}-{Num(state.LastStep)}");
        var explorations = state.Steps.Sum(n => 1 + n.Parallel.Count) - (state.OpenedBy is { } o && o >= state.FirstStep ? 1 : 0);
        if (state.OpenedBy is { } opened && opened >= state.FirstStep)
        {
            text.Append(" c").Append(Num(opened));
        }

        if (explorations > 0)
        {
            text.Append(" e").Append(Num(explorations));
        }

        var files = tree.FileChanges.Where(c => c.StepId >= state.FirstStep && c.StepId <= state.LastStep)
            .GroupBy(c => c.Path, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        foreach (var file in files.Take(MaxFiles))
        {
            text.Append(' ').Append(file.Kind switch { FileChangeKind.Created => '+', FileChangeKind.Deleted => '-', _ => '~' }).Append(paths.Show(file.Path, MaxPath));
        }

        if (files.Count > MaxFiles)
        {
            text.Append(" (+").Append(Num(files.Count - MaxFiles)).Append(" files)");
        }

        if (errors.Count > 0)
        {
            text.Append(" !").Append(string.Join(',', errors.Take(MaxErrors).Select(Num))).Append(errors.Count > MaxErrors ? ",…" : "");
        }

        var parallel = state.Steps.Max(n => n.Parallel.Count) + 1;
        if (parallel > 1)
        {
            text.Append(" par").Append(Num(parallel));
        }

        var sub = state.Steps.Sum(n => n.SubAgent.Count + n.Parallel.Sum(p => p.SubAgent.Count));
        if (sub > 0)
        {
            text.Append(" sub").Append(Num(sub));
        }

        return text.ToString();
    }

    private static IEnumerable<int> StepsOf(StateNode state) => state.Steps.SelectMany(n => n.Parallel.Select(p => p.StepId).Prepend(n.StepId));

    public static string PhaseName(StagePhase phase) => phase switch
    {
        StagePhase.EnvironmentSetup => "setup",
        StagePhase.DependencyInstallation => "deps",
        StagePhase.Inspection => "inspect",
        StagePhase.Patching => "patch",
        StagePhase.Verification => "verify",
        _ => "other",
    };

    private static string Cap(string line, int max) => line.Length <= max ? line : line[..(max - 1)] + "…";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
