using System.Text.Json;
using CodeTracer.Localize.Evaluation;

namespace CodeTracer.Cli.Commands.Eval;

/// <summary>The table as one JSON document: a row per method, then the held-out view when asked for.</summary>
public static class EvalJsonWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Write(TextWriter output, EvaluationTable table, HeldOutReport? heldOut, EvalInputs inputs)
    {
        var document = new
        {
            labelled_runs = inputs.Labelled.Count,
            scored_runs = inputs.Labelled.Count(r => r.Label.Onset is not null),
            who_and_when_runs = inputs.WhoAndWhen.Count,
            methods = table.Rows.Select(Row),
            per_source = heldOut?.PerSource.ToDictionary(p => p.Key, p => p.Value.Rows.Select(Row)),
            leave_one_source_out = heldOut is null ? null : new
            {
                folds = heldOut.Folds.Select(f => new { f.Source, f.Chosen, held_out = f.OnHeldOut, defaults = f.DefaultsOnHeldOut }),
                pooled = heldOut.Pooled,
            },
            calibration = heldOut is null ? null : new { rows = heldOut.Calibration.Rows, error = heldOut.Calibration.Error },
            missing = inputs.Missing,
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }

    private static object Row(MethodRow row) => new
    {
        method = row.Method,
        runs = row.Labelled.Runs,
        precision = row.Labelled.Precision,
        recall = row.Labelled.Recall,
        f1 = row.Labelled.F1,
        onset_exact = row.Labelled.OnsetExact,
        onset_within_1 = row.Labelled.OnsetWithin1,
        onset_within_3 = row.Labelled.OnsetWithin3,
        who_and_when_runs = row.WhoAndWhenRuns,
        who_and_when_accuracy = row.WhoAndWhenAccuracy,
        tokens_per_run = row.TokensPerRun,
        milliseconds_per_run = row.MillisecondsPerRun,
    };
}
