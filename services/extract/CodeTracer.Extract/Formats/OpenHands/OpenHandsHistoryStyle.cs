namespace CodeTracer.Extract.Formats.OpenHands;

/// <summary>How a V0 file lays out its events, as far as its head shows.</summary>
internal enum OpenHandsHistoryStyle
{
    Unknown,

    /// <summary>Records whose <c>history[]</c> is an event stream, or a bare array of events.</summary>
    Events,

    /// <summary>2024 records whose <c>history[]</c> is a list of <c>[action, observation]</c> pairs.</summary>
    Pairs,
}
