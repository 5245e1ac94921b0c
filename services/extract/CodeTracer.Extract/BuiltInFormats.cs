using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.ClaudeCodeStreamJson;
using CodeTracer.Extract.Formats.HarborAtif;
using CodeTracer.Extract.Formats.TerminalBenchCast;

namespace CodeTracer.Extract;

/// <summary>The extractors that ship with CodeTracer.</summary>
public static class BuiltInFormats
{
    public static IReadOnlyList<IFormatExtractor> All() =>
    [
        new ClaudeCodeStreamJsonExtractor(),
        new TerminalBenchCastExtractor(),
        new HarborAtifExtractor(),
    ];

    public static FormatRegistry Registry() => new(All());
}
