using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>A JSON array of V0 events (the runtime's replay trajectories): one run, the file.</summary>
internal static class OpenHandsEventArray
{
    public static Extraction Read(RunCandidate candidate, CancellationToken cancellationToken)
    {
        var file = candidate.Path;
        if (!JsonFile.TryLoad(file, out var document, out var error))
        {
            return Extraction.Failed(file, error);
        }

        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object))
            {
                return Extraction.Failed(file, $"{file}: valid JSON, but not an OpenHands event list " +
                    $"(expected an array of event objects, found {OpenHandsOutputFile.Describe(root)})");
            }

            var source = FileHash.Describe(file);
            var events = root.EnumerateArray().Select((e, i) => new OpenHandsEvent(e, new Provenance(file, null, $"[{i}]", source.Sha256))).ToList();
            return Extraction.Of(OpenHandsStream.ToRun(file, OpenHandsEventsExtractor.FormatId, events, [source], null, []));
        }
    }
}
