using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>V1 events one per line, streamed. A damaged line is a diagnostic with its number; the run is then Partial.</summary>
internal static class SdkEventsFile
{
    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var file = candidate.Path;
        if (ArtifactProbe.Problem(file) is { } problem)
        {
            return Extraction.Failed(file, $"{file}: {problem}");
        }

        var source = FileHash.Describe(file);
        var diagnostics = new List<ExtractionDiagnostic>();
        var events = new List<SdkEvent>();
        foreach (var line in JsonLines.Read(file, cancellationToken))
        {
            if (line.Value is not { } element)
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, line.Number,
                    $"{file}: line {line.Number} is not valid JSON (truncated or damaged): {line.Error}"));
                continue;
            }

            if (element.ValueKind != JsonValueKind.Object || element.Str("kind") is null)
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Warning, file, line.Number,
                    $"{file}: line {line.Number} is not a V1 event (no kind); skipped"));
                continue;
            }

            events.Add(new SdkEvent(element, new Provenance(file, line.Number, null, source.Sha256)));
        }

        if (events.Count == 0)
        {
            return Extraction.Failed(file, $"{file}: no OpenHands V1 event ({{id, kind, …}}) in this file" +
                (diagnostics.Count > 0 ? ": " + diagnostics[0].Message : ""));
        }

        return Extraction.Of(SdkRun.Build(file, OpenHandsSdkEventsJsonlExtractor.FormatId, events, null, [source], diagnostics));
    }
}
