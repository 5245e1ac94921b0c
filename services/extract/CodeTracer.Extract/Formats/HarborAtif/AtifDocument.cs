using System.Text.Json;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>
/// An ATIF trajectory read element by element, so a file cut off mid-way still gives the steps before the cut.
/// Each step keeps the byte range it came from, to point provenance at the right line.
/// </summary>
internal sealed class AtifDocument
{
    private int _skip;

    public Dictionary<string, JsonElement> Header { get; } = new(StringComparer.Ordinal);

    public List<(JsonElement Step, int Start, int End)> Steps { get; } = [];

    public bool HasSteps { get; private set; }

    /// <summary>Where and why reading stopped early; null when the whole file was read.</summary>
    public (long Line, string Message)? Damage { get; private set; }

    public static AtifDocument Read(ReadOnlySpan<byte> bytes)
    {
        var document = new AtifDocument();
        // Utf8JsonReader does not skip a byte order mark; offsets stay relative to the whole file.
        document._skip = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(bytes[document._skip..], new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                document.Damage = (1, "the file is not a JSON object");
                return document;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (name == "steps" && reader.TokenType == JsonTokenType.StartArray)
                {
                    document.HasSteps = true;
                    document.ReadSteps(ref reader);
                }
                else
                {
                    using var value = JsonDocument.ParseValue(ref reader);
                    document.Header[name] = value.RootElement.Clone();
                }
            }
        }
        catch (JsonException e)
        {
            document.Damage = ((e.LineNumber ?? 0) + 1, $"the JSON is truncated or corrupt at line {(e.LineNumber ?? 0) + 1}: {e.Message}");
        }

        return document;
    }

    private void ReadSteps(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = _skip + (int)reader.TokenStartIndex;
            using var step = JsonDocument.ParseValue(ref reader);
            Steps.Add((step.RootElement.Clone(), start, _skip + (int)reader.BytesConsumed));
        }
    }
}
