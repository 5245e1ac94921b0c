using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.WhoAndWhen;

/// <summary>Turns one Who&amp;When log into a run: every history[] element is a step, the labels stay beside the steps.</summary>
internal static class WhoAndWhenReader
{
    public static Extraction Read(string file, string format)
    {
        if (!JsonFile.TryLoad(file, out var document, out var error))
        {
            return Extraction.Failed(file, error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.Prop("history") is not { ValueKind: JsonValueKind.Array } history)
            {
                return Extraction.Failed(file, $"{file}: valid JSON, but not a Who&When log (expected an object with history[], found " +
                    (root.ValueKind == JsonValueKind.Object ? "an object without history[]" : $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}") + ")");
            }

            var sha = FileHash.Sha256(file);
            var diagnostics = new List<ExtractionDiagnostic>();
            var steps = new List<Step>();
            var index = 0;
            foreach (var element in history.EnumerateArray())
            {
                steps.Add(StepOf(element, index, file, sha));
                if (element.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, null, $"history[{index}] is not an object"));
                }

                index++;
            }

            diagnostics.Add(Label(root, file));
            return Extraction.Of(new Run
            {
                Path = file,
                Format = format,
                Agent = AgentOf(root),
                Task = root.Str("question"),
                // Who&When collects failed runs only; the labels say where each one went wrong.
                Outcome = new RunOutcome(OutcomeStatus.Failed, file, Correctness(root)),
                Status = steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
                Steps = steps,
                FinalMessage = steps.Count == 0 ? null : steps[^1].Action,
                Sources = [FileHash.Describe(file)],
                Diagnostics = diagnostics,
            });
        }
    }

    private static Step StepOf(JsonElement element, int index, string file, string sha)
    {
        var tool = element.Str("name") ?? element.Str("role") ?? "";
        return new Step
        {
            Id = index + 1,
            Anchor = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Tool = tool,
            Action = element.Prop("content").Text() ?? "",
            ParallelGroup = index + 1,
            Provenance = new Provenance(file, null, $"history[{index}]", sha),
        };
    }

    // Contracts have no place for labels; an Info diagnostic keeps them with the run, out of the steps.
    private static ExtractionDiagnostic Label(JsonElement root, string file) => new(DiagnosticSeverity.Info, file, null,
        $"label: mistake_step={Scalar(root.Prop("mistake_step"))}, mistake_agent={Scalar(root.Prop("mistake_agent"))}, " +
        $"mistake_reason={Scalar(root.Prop("mistake_reason"))}");

    private static string Correctness(JsonElement root) =>
        (root.Prop("is_correct") ?? root.Prop("is_corrected")) is { } value
            ? $"Who&When failed run (is_correct: {Scalar(value)})"
            : "Who&When failed run";

    private static string AgentOf(JsonElement root)
    {
        if (root.Prop("system_prompt") is not null)
        {
            return "ag2-captainagent";
        }

        var first = root.Items("history").Take(3).Select(h => h.Str("role") ?? "");
        return first.Any(r => r.StartsWith("Orchestrator", StringComparison.Ordinal)) ? "magentic-one" : "who-and-when";
    }

    private static string Scalar(JsonElement? value) => value?.ValueKind switch
    {
        null => "",
        JsonValueKind.String => value.Value.GetString()!,
        _ => value.Value.GetRawText(),
    };
}
