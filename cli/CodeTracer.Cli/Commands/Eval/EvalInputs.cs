using CodeTracer.Extract;
using CodeTracer.Localize.Evaluation;

namespace CodeTracer.Cli.Commands.Eval;

/// <summary>The labelled runs <c>eval</c> scores, read with the same RunReader that <c>analyze</c> uses.</summary>
public sealed record EvalInputs(IReadOnlyList<LabelledRun> Labelled, IReadOnlyList<LabelledRun> WhoAndWhen, IReadOnlyList<string> Missing)
{
    public static EvalInputs Load(EvalOptions options, CancellationToken cancellationToken)
    {
        var reader = RunReader.CreateDefault();
        var missing = new List<string>();
        var labelled = new List<LabelledRun>();
        var corpus = options.Corpus ?? (options.Labels is { } l ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(l).TrimEnd(Path.DirectorySeparatorChar))!, "corpus") : Directory.GetCurrentDirectory());
        if (options.Labels is { } folder)
        {
            labelled.AddRange(LabelledRunLoader.Load(LabelReader.ReadFolder(folder), corpus, p => reader.Read(p, null, cancellationToken).Runs, missing));
        }

        if (options.Manifest is { } file)
        {
            var entries = ManifestReader.Read(file);
            var stages = entries.ToDictionary(e => e.Label, e => e.Stages);
            var root = options.Corpus ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
            labelled.AddRange(LabelledRunLoader.Load(entries.Select(e => e.Label), root, p => reader.Read(p, null, cancellationToken).Runs, missing, label => stages[label]));
        }

        var whoAndWhen = options.WhoAndWhen is { } dir
            ? LabelledRunLoader.WhoAndWhen(reader.Read(dir, null, cancellationToken).Runs.OrderBy(r => r.Path, StringComparer.Ordinal))
            : [];
        return new EvalInputs(labelled, whoAndWhen, missing);
    }
}
