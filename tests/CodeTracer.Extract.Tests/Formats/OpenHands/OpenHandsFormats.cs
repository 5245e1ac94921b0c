using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.OpenHands;
using CodeTracer.Extract.Formats.OpenHandsCompletions;
using CodeTracer.Extract.Formats.OpenHandsSdk;

namespace CodeTracer.Extract.Tests.Formats.OpenHands;

/// <summary>The OpenHands extractors and the INDEX.tsv formats they own.</summary>
internal static class OpenHandsFormats
{
    public static readonly string[] Ids =
    [
        OpenHandsEventsExtractor.FormatId,
        OpenHandsFileStoreExtractor.FormatId,
        OpenHandsLlmCompletionsExtractor.FormatId,
        OpenHandsPairsExtractor.FormatId,
        OpenHandsSdkEventsExtractor.FormatId,
        OpenHandsSdkEventsJsonlExtractor.FormatId,
    ];

    public static IReadOnlyList<IFormatExtractor> All() =>
    [
        new OpenHandsEventsExtractor(),
        new OpenHandsFileStoreExtractor(),
        new OpenHandsLlmCompletionsExtractor(),
        new OpenHandsPairsExtractor(),
        new OpenHandsSdkEventsExtractor(),
        new OpenHandsSdkEventsJsonlExtractor(),
    ];
}
