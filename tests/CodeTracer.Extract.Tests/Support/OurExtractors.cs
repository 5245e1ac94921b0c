using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Extract.Formats.SweAgent;

namespace CodeTracer.Extract.Tests.Support;

/// <summary>The mini-SWE-agent and SWE-agent extractors, and the INDEX.tsv formats they own.</summary>
public static class OurExtractors
{
    public static readonly string[] Formats =
    [
        MiniSweAgentToolCallsExtractor.FormatId,
        MiniSweAgentTextExtractor.FormatId,
        SweAgentTrajExtractor.FormatId,
        SweAgentHistoryOnlyExtractor.FormatId,
    ];

    public static IReadOnlyList<IFormatExtractor> All() =>
    [
        new MiniSweAgentToolCallsExtractor(),
        new MiniSweAgentTextExtractor(),
        new SweAgentTrajExtractor(),
        new SweAgentHistoryOnlyExtractor(),
    ];
}
