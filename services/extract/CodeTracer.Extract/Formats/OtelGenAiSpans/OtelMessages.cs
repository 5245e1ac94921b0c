using System.Text.Json;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OtelGenAiSpans;

/// <summary>
/// Text of <c>gen_ai.input.messages</c> / <c>gen_ai.output.messages</c> (a JSON string of
/// <c>[{role, parts[{type: text, content}]}]</c> in the GenAI semantic conventions).
/// </summary>
internal static class OtelMessages
{
    public static string? FirstText(string? messages, string role) => Texts(messages, role).FirstOrDefault();

    public static string? LastText(string? messages, string role) => Texts(messages, role).LastOrDefault();

    private static IEnumerable<string> Texts(string? messages, string role) =>
        JsonArguments.Parse(messages).Items()
            .Where(m => m.Str("role") == role)
            .Select(m => string.Join("\n", m.Items("parts").Where(p => p.Str("type") == "text").Select(p => p.Str("content")).OfType<string>()))
            .Where(t => t.Length > 0);
}
