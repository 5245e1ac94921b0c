using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.TerminusEpisodes;

/// <summary>
/// The model's answer in <c>response.txt</c>: Terminus 2 <c>{analysis, plan, commands[{keystrokes, duration}], task_complete}</c>
/// or Terminus 1 <c>{state_analysis, explanation, commands[{keystrokes, is_blocking, timeout_sec}], is_task_complete}</c>.
/// Like Terminus's own parser, the JSON object is taken from the first <c>{</c> to the last <c>}</c>.
/// </summary>
internal sealed record TerminusResponse(JsonElement Root)
{
    public string? Analysis => Root.Str("analysis") ?? Root.Str("state_analysis");

    public string? Plan => Root.Str("plan") ?? Root.Str("explanation");

    public bool? TaskComplete => Root.Bool("task_complete") ?? Root.Bool("is_task_complete");

    public IEnumerable<JsonElement> Commands => Root.Items("commands");

    public static TerminusResponse? Parse(string text, out string? error, out long? line)
    {
        (error, line) = (null, null);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            error = "no JSON object";
            line = text.Count(c => c == '\n') + 1;
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new TerminusResponse(document.RootElement.Clone());
            }

            error = "the JSON is not an object";
            return null;
        }
        catch (JsonException e)
        {
            error = e.Message;
            line = text[..start].Count(c => c == '\n') + (e.LineNumber ?? 0) + 1;
            return null;
        }
    }
}
