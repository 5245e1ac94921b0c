using System.Text.Encodings.Web;
using System.Text.Json;

namespace CodeTracer.Extract.Formats.Common;

internal static class CompactJson
{
    // Relaxed escaping keeps non-ASCII text and quotes readable in actions; this text is for display, not for HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Of(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
