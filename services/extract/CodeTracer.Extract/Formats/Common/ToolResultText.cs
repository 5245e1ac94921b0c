using System.Text.Json;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>The text of a tool result's content: a plain string, or the text parts of a list of content blocks.</summary>
internal static class ToolResultText
{
    public static string Of(JsonElement? content)
    {
        if (content is not { } c)
        {
            return "";
        }

        switch (c.ValueKind)
        {
            case JsonValueKind.String:
                return c.GetString()!;
            case JsonValueKind.Array:
                var parts = c.EnumerateArray().Select(Part).Where(p => p.Length > 0);
                return string.Join("\n", parts);
            default:
                return c.GetRawText();
        }
    }

    private static string Part(JsonElement block) => block.Str("type") switch
    {
        "text" => block.Str("text") ?? "",
        // Images stay in the raw file; the observation only says one was there.
        "image" => "[image]",
        _ when block.ValueKind == JsonValueKind.String => block.GetString()!,
        _ => block.GetRawText(),
    };
}
