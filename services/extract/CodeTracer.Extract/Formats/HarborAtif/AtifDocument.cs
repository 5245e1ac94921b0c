using System.Text.Json;

namespace CodeTracer.Extract.Formats.HarborAtif;

/// <summary>
/// An ATIF trajectory read element by element from a stream, so a file cut off mid-way still gives the steps before
/// the cut. Each steps[] entry is handed to a callback while its JsonDocument is alive and then dropped, so neither
/// the file's bytes nor its parsed steps are held beside the steps built from them. Each entry comes with the line it
/// starts on and the lines of its <c>"tool_call_id"</c> keys, to point provenance at the right line.
/// </summary>
internal sealed class AtifDocument
{
    private static readonly byte[] CallIdKey = "\"tool_call_id\""u8.ToArray();

    private enum Phase
    {
        Start,
        Properties,
        Steps,
        Done,
    }

    public Dictionary<string, JsonElement> Header { get; } = new(StringComparer.Ordinal);

    /// <summary>How many steps[] entries were read (and handed to the callback).</summary>
    public int StepCount { get; private set; }

    public bool HasSteps { get; private set; }

    /// <summary>Where and why reading stopped early; null when the whole file was read.</summary>
    public (long Line, string Message)? Damage { get; private set; }

    public static AtifDocument Read(Stream stream, Action<AtifStep> onStep)
    {
        var document = new AtifDocument();
        var window = new JsonWindow(stream, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var phase = Phase.Start;
        while (phase != Phase.Done)
        {
            (JsonDocument Json, AtifStep Entry)? step = null;
            try
            {
                var reader = window.Reader();
                if (document.Advance(ref reader, ref phase, window, ref step))
                {
                    window.Commit(ref reader);
                }
                else
                {
                    window.More();
                }
            }
            catch (JsonException) when (!window.IsFinal)
            {
                // A reader that has not seen the end of the file may word an error differently than one that
                // has: read the rest and redo the element, so the message and line match a whole-file parse. Only a
                // corrupt file pays for holding its remainder; a truncated one just runs out of data here.
                window.ReadToEnd();
            }
            catch (JsonException e)
            {
                document.Damage = ((e.LineNumber ?? 0) + 1, $"the JSON is truncated or corrupt at line {(e.LineNumber ?? 0) + 1}: {e.Message}");
                break;
            }

            if (step is { } parsed)
            {
                // Outside the catch: an exception of the callback is the caller's, not damage in the file. The element
                // is only valid until the document is disposed; the callback copies out what it keeps, as strings.
                using (parsed.Json)
                {
                    onStep(parsed.Entry);
                }

                document.StepCount++;
            }
        }

        return document;
    }

    /// <summary>
    /// One unit of reading from the window's checkpoint: the opening brace, a header property, or one steps[] entry.
    /// False when the window ends before the unit does (and more of the file can be read); nothing is changed then,
    /// so the unit is redone from the same checkpoint over a longer window.
    /// </summary>
    private bool Advance(ref Utf8JsonReader reader, ref Phase phase, JsonWindow window, ref (JsonDocument Json, AtifStep Entry)? step)
    {
        if (!reader.Read())
        {
            if (!window.IsFinal)
            {
                return false;
            }

            // A whole-file reader only ends cleanly outside the top-level value.
            if (phase == Phase.Start)
            {
                Damage = (1, "the file is not a JSON object");
            }

            phase = Phase.Done;
            return true;
        }

        switch (phase)
        {
            case Phase.Start:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Damage = (1, "the file is not a JSON object");
                    phase = Phase.Done;
                    return true;
                }

                phase = Phase.Properties;
                return true;
            case Phase.Properties:
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    phase = Phase.Done;
                    return true;
                }

                var name = reader.GetString()!;
                if (!reader.Read())
                {
                    return !window.IsFinal ? false : Stop(ref phase);
                }

                if (name == "steps" && reader.TokenType == JsonTokenType.StartArray)
                {
                    HasSteps = true;
                    phase = Phase.Steps;
                    return true;
                }

                if (!Whole(reader, window))
                {
                    return false;
                }

                using (var value = JsonDocument.ParseValue(ref reader))
                {
                    Header[name] = value.RootElement.Clone();
                }

                return true;
            default:
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    phase = Phase.Properties;
                    return true;
                }

                if (!Whole(reader, window))
                {
                    return false;
                }

                var start = (int)reader.TokenStartIndex;
                var json = JsonDocument.ParseValue(ref reader);
                step = (json, new AtifStep(json.RootElement, StepCount, window.LineAt(start), CallIdLines(window, start, (int)reader.BytesConsumed)));

                return true;
        }
    }

    private static bool Stop(ref Phase phase)
    {
        phase = Phase.Done;
        return true;
    }

    /// <summary>Whether the value at the reader is complete in the window; a final window is always complete.</summary>
    private static bool Whole(Utf8JsonReader reader, JsonWindow window) =>
        window.IsFinal || reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip();

    /// <summary>The lines of each <c>"tool_call_id"</c> key in the step's bytes, in order (the n-th call's is the n-th).</summary>
    private static List<long> CallIdLines(JsonWindow window, int start, int end)
    {
        var lines = new List<long>();
        var bytes = window.Span;
        for (var from = start; from < end;)
        {
            var found = bytes[from..end].IndexOf(CallIdKey);
            if (found < 0)
            {
                break;
            }

            lines.Add(window.LineAt(from + found));
            from += found + 1;
        }

        return lines;
    }
}

/// <summary>
/// A steps[] entry (valid only during the callback), its index, the line it starts on, and the lines of its
/// <c>"tool_call_id"</c> keys in file order.
/// </summary>
internal sealed record AtifStep(JsonElement Step, int Index, long Line, IReadOnlyList<long> CallIdLines);
