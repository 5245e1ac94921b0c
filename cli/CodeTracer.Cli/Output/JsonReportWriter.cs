using System.Text.Encodings.Web;
using System.Text.Json;
using CodeTracer.Cli.Analysis;
using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;

namespace CodeTracer.Cli.Output;

/// <summary>
/// <c>analyze --json</c>: one document, snake_case keys. Steps carry their tree parent, which is the whole tree
/// without nesting a 300-step run 300 levels deep.
/// </summary>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Commands and code are full of < > & and quotes; escaping them as \u003C makes the output unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(AnalysisReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("runs");
            foreach (var analysis in report.Runs)
            {
                WriteRun(json, analysis);
            }

            json.WriteEndArray();
            WriteErrors(json, "errors", report.Errors);
            WriteErrors(json, "skipped", report.Skipped, "reason");
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.WriteLine();
    }

    private static void WriteRun(Utf8JsonWriter json, RunAnalysis analysis)
    {
        var (run, tree, diagnosis) = analysis;
        json.WriteStartObject();
        json.WriteString("path", run.Path);
        json.WriteString("format", run.Format);
        json.WriteString("format_version", run.FormatVersion);
        json.WriteString("agent", run.Agent);
        json.WriteString("agent_version", run.AgentVersion);
        json.WriteString("model", run.Model);
        json.WriteString("outcome", Names.Of(run.Outcome.Status));
        json.WriteString("outcome_source", run.Outcome.Source);
        json.WriteString("outcome_detail", run.Outcome.Detail);
        json.WriteString("status", Names.Of(run.Status));
        json.WriteString("task", run.Task);
        json.WriteNumber("step_count", run.Steps.Count);
        json.WriteNumber("explore_count", tree.ExploreCount);
        json.WriteNumber("change_count", tree.ChangeCount);
        WriteMetrics(json, run.Metrics);
        WriteStages(json, tree);
        WriteSteps(json, run, tree);
        DiagnosisJson.Write(json, diagnosis);
        json.WriteString("final_message", run.FinalMessage);
        json.WriteStartArray("sources");
        foreach (var source in run.Sources)
        {
            json.WriteStartObject();
            json.WriteString("path", source.Path);
            json.WriteNumber("size", source.Size);
            json.WriteString("sha256", source.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in run.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", Names.Of(d.Severity));
            json.WriteString("file", d.File);
            json.WriteNumberOrNull("line", d.Line);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSteps(Utf8JsonWriter json, Run run, TraceTree tree)
    {
        var parents = TreeParents.Of(tree);
        var files = tree.FileChanges.ToLookup(c => c.StepId);
        json.WriteStartArray("steps");
        foreach (var step in run.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("id", step.Id);
            json.WriteString("anchor", step.Anchor);
            json.WriteString("tool", step.Tool);
            json.WriteString("kind", tree.Kinds.TryGetValue(step.Id, out var kind) ? Names.Of(kind) : null);
            json.WriteNumberOrNull("parent", parents.TryGetValue(step.Id, out var parent) ? parent : null);
            json.WriteNumberOrNull("stage", tree.StageOf(step.Id)?.Id);
            WriteFiles(json, files[step.Id]);
            json.WriteNumber("parallel_group", step.ParallelGroup);
            json.WriteString("action", step.Action);
            json.WriteBoolean("has_observation", step.HasObservation);
            if (step.IsError is { } isError)
            {
                json.WriteBoolean("is_error", isError);
            }
            else
            {
                json.WriteNull("is_error");
            }

            json.WriteNumberOrNull("exit_code", step.ExitCode);
            json.WriteString("observation", step.Observation);
            json.WriteString("thought", step.Thought);
            if (step.StartedAt is { } started)
            {
                json.WriteString("started_at", started);
            }

            if (step.SubSteps.Count > 0)
            {
                json.WriteNumber("sub_steps", step.SubSteps.Count);
            }

            json.WriteStartObject("provenance");
            json.WriteString("file", step.Provenance.File);
            json.WriteNumberOrNull("line", step.Provenance.Line);
            json.WriteString("location", step.Provenance.Location);
            json.WriteString("sha256", step.Provenance.FileSha256);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteStages(Utf8JsonWriter json, TraceTree tree)
    {
        json.WriteStartArray("stages");
        foreach (var stage in tree.Stages)
        {
            json.WriteStartObject();
            json.WriteNumber("id", stage.Id);
            json.WriteString("phase", Names.Of(stage.Phase));
            json.WriteNumber("first", stage.FirstStep);
            json.WriteNumber("last", stage.LastStep);
            json.WriteString("intent", stage.Intent);
            json.WriteString("outcome", stage.Outcome);
            json.WriteBoolean("supplied", stage.Supplied);
            json.WriteNumber("states", stage.States.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFiles(Utf8JsonWriter json, IEnumerable<FileChange> changes)
    {
        json.WriteStartArray("files");
        foreach (var change in changes)
        {
            json.WriteStartObject();
            json.WriteString("path", change.Path);
            json.WriteString("change", Names.Of(change.Kind));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteMetrics(Utf8JsonWriter json, RunMetrics metrics)
    {
        json.WriteStartObject("metrics");
        json.WriteNumberOrNull("input_tokens", metrics.InputTokens);
        json.WriteNumberOrNull("output_tokens", metrics.OutputTokens);
        json.WriteNumberOrNull("cache_tokens", metrics.CacheTokens);
        if (metrics.CostUsd is { } cost)
        {
            json.WriteNumber("cost_usd", cost);
        }

        json.WriteString("exit_status", metrics.ExitStatus);
        json.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter json, string name, IReadOnlyList<Extract.Detection.RunError> errors, string field = "error")
    {
        json.WriteStartArray(name);
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("path", error.Path);
            json.WriteString(field, error.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
