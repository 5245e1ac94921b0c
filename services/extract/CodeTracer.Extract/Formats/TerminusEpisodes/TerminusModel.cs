using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.TerminusEpisodes;

/// <summary>The model, from an episode's <c>debug.json</c> (the LiteLLM call Terminus logged), when it is there.</summary>
internal static class TerminusModel
{
    public static string? Of(string episodeFolder)
    {
        var debug = Path.Combine(episodeFolder, "debug.json");
        if (!File.Exists(debug) || !JsonFile.TryLoad(debug, out var document, out _))
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                ? root.Str("model") ?? root.Path("kwargs").Str("model") ?? root.Path("original_response").Str("model")
                : null;
        }
    }
}
