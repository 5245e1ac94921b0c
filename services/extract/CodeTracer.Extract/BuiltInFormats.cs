using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Extract.Formats.SweAgent;

namespace CodeTracer.Extract;

/// <summary>The extractors that ship with CodeTracer.</summary>
public static class BuiltInFormats
{
    public static IReadOnlyList<IFormatExtractor> All() =>
    [
        // mini-SWE-agent and SWE-agent
        new MiniSweAgentToolCallsExtractor(),
        new MiniSweAgentTextExtractor(),
        new SweAgentTrajExtractor(),
        new SweAgentHistoryOnlyExtractor(),
    ];

    public static FormatRegistry Registry() => new(All());
}
