using CodeTracer.Contracts.Runs;
using CodeTracer.Tree;
using CodeTracer.Tree.Stages;

namespace CodeTracer.Localize.Evaluation;

/// <summary>
/// Pairs labels with the real runs they describe. Reading is passed in (the CLI and the tests use the extract
/// service's RunReader) so evaluation scores the same runs, observations and all, that <c>analyze</c> sees.
/// </summary>
public static class LabelledRunLoader
{
    /// <param name="read">Reads every run under a path.</param>
    /// <param name="missing">Labels whose run could not be read, with why.</param>
    public static IReadOnlyList<LabelledRun> Load(
        IEnumerable<FailureLabel> labels, string corpusRoot, Func<string, IReadOnlyList<Run>> read, List<string> missing,
        Func<FailureLabel, IReadOnlyList<SuppliedStage>?>? stages = null)
    {
        var pairs = new List<LabelledRun>();
        foreach (var label in labels)
        {
            var path = Path.IsPathRooted(label.Path) ? label.Path : Path.Combine(corpusRoot, label.Path);
            var runs = read(path);
            if (runs.Count != 1)
            {
                missing.Add($"{label.Path}: read {runs.Count} runs, expected 1");
                continue;
            }

            var run = runs[0];
            pairs.Add(new LabelledRun(label, run, TraceTreeBuilder.Build(run, stages?.Invoke(label))));
        }

        return pairs;
    }

    /// <summary>Who&amp;When runs label themselves: the mistake step is the onset and the whole chain.</summary>
    public static IReadOnlyList<LabelledRun> WhoAndWhen(IEnumerable<Run> runs) =>
    [
        .. runs.Select(run => (Run: run, Step: WhoAndWhenLabel.MistakeStep(run)))
            .Where(r => r.Step is not null)
            .Select(r => new LabelledRun(
                new FailureLabel(r.Run.Path, r.Run.Steps.Count, new(r.Step!.Value, r.Run.Steps.FirstOrDefault(x => x.Id == r.Step)?.Anchor ?? ""), [r.Step.Value], [], "", "") { Source = "who-and-when" },
                r.Run,
                TraceTreeBuilder.Build(r.Run))),
    ];
}
