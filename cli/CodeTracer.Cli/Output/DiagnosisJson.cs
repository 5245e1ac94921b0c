using System.Text.Json;
using CodeTracer.Contracts.Diagnoses;

namespace CodeTracer.Cli.Output;

/// <summary>The <c>diagnosis</c> object of <c>analyze --json</c>: everything the localizer said, in snake_case.</summary>
internal static class DiagnosisJson
{
    public static void Write(Utf8JsonWriter json, Diagnosis diagnosis)
    {
        json.WriteStartObject("diagnosis");
        if (diagnosis.Onset is { } onset)
        {
            json.WriteStartObject("onset");
            json.WriteNumber("step", onset.Step);
            json.WriteString("anchor", onset.Anchor);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("onset");
        }

        json.WriteIds("incorrect", diagnosis.Incorrect);
        json.WriteIds("unuseful", diagnosis.Unuseful);
        json.WriteNumber("confidence", Math.Round(diagnosis.Confidence, 3));
        json.WriteString("method", diagnosis.Method);
        json.WriteString("reason", diagnosis.Reason);
        json.WriteString("category", diagnosis.Category is { } category ? JsonNamingPolicy.SnakeCaseLower.ConvertName(category.ToString()) : null);
        json.WriteNumberOrNull("suspicious_stage", diagnosis.SuspiciousStage);
        WriteReplay(json, diagnosis.Replay);
        json.WriteString("fallback_reason", diagnosis.FallbackReason);
        WriteCost(json, diagnosis.Cost);
        WriteEvidence(json, diagnosis.Evidence);
        json.WriteEndObject();
    }

    private static void WriteReplay(Utf8JsonWriter json, ReplayHint? replay)
    {
        if (replay is null)
        {
            json.WriteNull("replay");
            return;
        }

        json.WriteStartObject("replay");
        json.WriteNumber("resume_from_step", replay.ResumeFromStep);
        json.WriteString("instruction", replay.Instruction);
        json.WriteEndObject();
    }

    private static void WriteCost(Utf8JsonWriter json, DiagnosisCost? cost)
    {
        if (cost is null)
        {
            json.WriteNull("cost");
            return;
        }

        json.WriteStartObject("cost");
        json.WriteNumber("input_tokens", cost.InputTokens);
        json.WriteNumber("output_tokens", cost.OutputTokens);
        if (cost.Usd is { } usd)
        {
            json.WriteNumber("usd", usd);
        }

        json.WriteNumber("duration_ms", Math.Round(cost.Duration.TotalMilliseconds, 1));
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IReadOnlyList<Evidence> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var item in evidence)
        {
            json.WriteStartObject();
            json.WriteString("signal", item.Signal);
            json.WriteIds("steps", item.Steps);
            json.WriteString("detail", item.Detail);
            json.WriteStartArray("sources");
            foreach (var source in item.Sources)
            {
                json.WriteStartObject();
                json.WriteString("file", source.File);
                json.WriteNumberOrNull("line", source.Line);
                json.WriteString("location", source.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
