using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>The task and the agent's last word, from the events of a V0 stream.</summary>
internal static class OpenHandsRunText
{
    /// <summary>The first user message.</summary>
    public static string? Task(IEnumerable<OpenHandsEvent> events) => events
        .Where(e => e.Action == "message" && e.Source is null or "user")
        .Select(e => e.Args.Str("content"))
        .FirstOrDefault(t => !string.IsNullOrEmpty(t));

    /// <summary>What <c>finish</c> said (its final thought, else its thought), else the last agent message.</summary>
    public static string? FinalMessage(IReadOnlyList<OpenHandsEvent> events)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.Source is not (null or "agent"))
            {
                continue;
            }

            var text = e.Action switch
            {
                "finish" => NonEmpty(e.Args.Str("final_thought")) ?? NonEmpty(e.Args.Str("thought")) ?? NonEmpty(e.Element.Str("message")),
                "message" => NonEmpty(e.Args.Str("content")),
                _ => null,
            };
            if (text is not null)
            {
                return text;
            }
        }

        return null;
    }

    public static (DateTimeOffset? Start, DateTimeOffset? End) Span(IEnumerable<OpenHandsEvent> events)
    {
        var times = events.Select(e => e.Timestamp).OfType<DateTimeOffset>().ToList();
        return times.Count == 0 ? (null, null) : (times.Min(), times.Max());
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
