using System.Globalization;
using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>
/// The OpenHands app file store: <c>sessions/&lt;sid&gt;/events/&lt;n&gt;.json</c>, one event per file in the order of
/// <c>n</c>, with <c>metadata.json</c> beside. A damaged event file is skipped with a diagnostic; the run is then Partial.
/// </summary>
internal static class OpenHandsFileStore
{
    public const string EventsFolder = "events";

    /// <summary>The numbered event files of a session folder, in event order.</summary>
    public static List<(long Number, string File)> EventFiles(string session)
    {
        var folder = Path.Combine(session, EventsFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.json")
            .Select(f => (Ok: long.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var n), Number: n, File: f))
            .Where(x => x.Ok)
            .Select(x => (x.Number, x.File))
            .OrderBy(x => x.Number)];
    }

    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var files = EventFiles(candidate.Path);
        if (files.Count == 0)
        {
            return Extraction.Failed(candidate.Path, $"{candidate.Path}: no events/<n>.json in this folder, not an OpenHands file store session");
        }

        var events = new List<OpenHandsEvent>();
        var sources = new List<SourceFile>();
        var diagnostics = new List<ExtractionDiagnostic>();
        foreach (var (_, file) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Load(file, out var problem) is not { } loaded)
            {
                diagnostics.Add(new ExtractionDiagnostic(DiagnosticSeverity.Error, file, null, problem!));
                continue;
            }

            var source = FileHash.Describe(file);
            sources.Add(source);
            events.Add(new OpenHandsEvent(loaded, new Provenance(file, null, null, source.Sha256)));
        }

        if (events.Count == 0)
        {
            return Extraction.Failed(candidate.Path, $"{candidate.Path}: none of its {files.Count} event files could be read: " +
                string.Join("; ", diagnostics.Select(d => d.Message)));
        }

        var metadataFile = Path.Combine(candidate.Path, "metadata.json");
        var metadata = File.Exists(metadataFile) ? Load(metadataFile, out _) : null;
        if (metadata is not null)
        {
            sources.Insert(0, FileHash.Describe(metadataFile));
        }

        return Extraction.Of(OpenHandsStream.ToRun(candidate.Path, OpenHandsFileStoreExtractor.FormatId, events, sources, metadata, diagnostics));
    }

    private static JsonElement? Load(string file, out string? problem)
    {
        if (!JsonFile.TryLoad(file, out var document, out problem))
        {
            return null;
        }

        using (document)
        {
            problem = document.RootElement.ValueKind == JsonValueKind.Object ? null : $"{file}: valid JSON, but not an event object";
            return problem is null ? document.RootElement.Clone() : null;
        }
    }
}
