using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OpenHandsSdk;

/// <summary>
/// A persisted V1 conversation folder: <c>base_state.json</c> + <c>events/event-&lt;NNNNN&gt;-&lt;uuid&gt;.json</c>. A damaged
/// event file is skipped with a diagnostic and the run is Partial.
/// </summary>
internal static class SdkConversationFolder
{
    public const string BaseState = "base_state.json";

    public static string[] EventFiles(string folder)
    {
        var events = Path.Combine(folder, "events");
        if (!Directory.Exists(events))
        {
            return [];
        }

        var files = Directory.GetFiles(events, "event-*.json");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var files = EventFiles(candidate.Path);
        if (files.Length == 0)
        {
            return Extraction.Failed(candidate.Path, $"{candidate.Path}: no events/event-*.json in this folder, not an OpenHands conversation");
        }

        var diagnostics = new List<ExtractionDiagnostic>();
        var sources = new List<SourceFile>();
        var events = new List<SdkEvent>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Load(file, diagnostics) is { } element)
            {
                var source = FileHash.Describe(file);
                sources.Add(source);
                events.Add(new SdkEvent(element, new Provenance(file, null, null, source.Sha256)));
            }
        }

        if (events.Count == 0)
        {
            return Extraction.Failed(candidate.Path, $"{candidate.Path}: none of its event files could be read: " +
                string.Join("; ", diagnostics.Select(d => d.Message)));
        }

        var baseStateFile = Path.Combine(candidate.Path, BaseState);
        var baseState = File.Exists(baseStateFile) ? Load(baseStateFile, diagnostics) : null;
        if (baseState is not null)
        {
            sources.Insert(0, FileHash.Describe(baseStateFile));
        }

        return Extraction.Of(SdkRun.Build(candidate.Path, OpenHandsSdkEventsExtractor.FormatId, events, baseState, sources, diagnostics));
    }

    private static JsonElement? Load(string file, List<ExtractionDiagnostic> diagnostics)
    {
        if (!JsonFile.TryLoad(file, out var document, out var error))
        {
            diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, null, error));
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }

            diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, null, $"{file}: valid JSON, but not an event object"));
            return null;
        }
    }
}
