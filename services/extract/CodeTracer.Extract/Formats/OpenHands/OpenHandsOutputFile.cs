using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// An OpenHands output file holding one run per line (<c>output.jsonl</c>), streamed line by line. A damaged line is
/// an error named <c>FILE#line</c>; the other records are still runs.
/// </summary>
internal static class OpenHandsOutputFile
{
    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var file = candidate.Path;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, $"{file}: {problem}");
        }

        var source = FileHash.Describe(file);
        var runs = new List<Run>();
        var errors = new List<RunError>();
        string? firstShapeProblem = null;
        foreach (var line in JsonLines.Read(file, cancellationToken))
        {
            var where = $"{file}#{line.Number}";
            if (line.Value is not { } record)
            {
                errors.Add(new RunError(where, $"{file}: line {line.Number} is not valid JSON (the record is truncated or damaged): {line.Error}"));
                continue;
            }

            if (record.Prop("history") is not { ValueKind: JsonValueKind.Array } history)
            {
                var found = $"line {line.Number} is not an OpenHands output record (expected an object with history[], found {Describe(record)})";
                firstShapeProblem ??= found;
                errors.Add(new RunError(where, $"{file}: {found}"));
                continue;
            }

            runs.Add(OpenHandsRecordRun.Build(file, line.Number, record, history, source));
        }

        if (runs.Count == 0 && firstShapeProblem is not null)
        {
            // A file of another shape is one error, not one per line.
            return Extraction.Failed(file, $"{file}: valid JSON lines, but not an OpenHands output file: {firstShapeProblem}");
        }

        return runs.Count == 0 && errors.Count == 0
            ? Extraction.Failed(file, $"{file}: no records (only blank lines)")
            : new Extraction(runs, errors);
    }

    public static string Describe(JsonElement element) => element.ValueKind == JsonValueKind.Object
        ? "an object with keys " + string.Join(", ", element.EnumerateObject().Take(8).Select(p => p.Name))
        : "a JSON " + element.ValueKind.ToString().ToLowerInvariant();
}
