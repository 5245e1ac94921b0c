using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.GeminiCli;

/// <summary>Reads one Gemini CLI chat session: a step per toolCalls[] entry of a gemini message.</summary>
internal static class GeminiSessionReader
{
    public static Extraction Read(string file, string format)
    {
        if (!JsonFile.TryLoad(file, out var document, out var error))
        {
            return Extraction.Failed(file, error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.Prop("messages") is not { ValueKind: JsonValueKind.Array } messages)
            {
                return Extraction.Failed(file, $"{file}: valid JSON, but not a Gemini CLI chat session (expected an object with messages[], found " +
                    (root.ValueKind == JsonValueKind.Object ? "an object without messages[]" : $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}") + ")");
            }

            var session = new GeminiSession(file, FileHash.Sha256(file));
            var index = 0;
            foreach (var message in messages.EnumerateArray())
            {
                session.Accept(message, index++);
            }

            return Extraction.Of(session.ToRun(root, format));
        }
    }
}
