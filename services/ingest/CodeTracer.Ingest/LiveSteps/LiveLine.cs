using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Ingest.LiveSteps;

/// <summary>Decides what one NDJSON line is: a step object (has <c>seq</c>) or a native Claude Code event (has <c>type</c>).</summary>
internal static class LiveLine
{
    /// <summary>The provenance file of live steps; the hash is the line's own, so a step can be checked against the client's log.</summary>
    public const string ProvenanceFile = "live";

    public static string? Read(string text, LiveBatch batch)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return $"not valid JSON ({e.Message})";
        }

        using (document)
        {
            var line = document.RootElement;
            if (line.ValueKind != JsonValueKind.Object)
            {
                return "each line must be one JSON object";
            }

            var provenance = new Provenance(ProvenanceFile, null, null, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
            if (line.TryGetProperty(StepObjectLine.SeqField, out _))
            {
                return StepObjectLine.Read(line, provenance, batch);
            }

            return line.TryGetProperty(ClaudeCodeLine.TypeField, out var type) && type.ValueKind == JsonValueKind.String
                ? ClaudeCodeLine.Read(line, provenance, batch)
                : "neither a step object (with seq, tool and action) nor a Claude Code stream-json event (with type)";
        }
    }
}
