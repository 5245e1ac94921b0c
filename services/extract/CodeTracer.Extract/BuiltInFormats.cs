using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.AiderChatHistory;
using CodeTracer.Extract.Formats.ClaudeCodeSession;
using CodeTracer.Extract.Formats.ClaudeCodeStreamJson;
using CodeTracer.Extract.Formats.CodexRollout;
using CodeTracer.Extract.Formats.GeminiCli;
using CodeTracer.Extract.Formats.HarborAtif;
using CodeTracer.Extract.Formats.MiniSweAgent;
using CodeTracer.Extract.Formats.OpenHands;
using CodeTracer.Extract.Formats.OpenHandsCompletions;
using CodeTracer.Extract.Formats.OpenHandsSdk;
using CodeTracer.Extract.Formats.OtelGenAiSpans;
using CodeTracer.Extract.Formats.SweAgent;
using CodeTracer.Extract.Formats.TerminalBenchCast;
using CodeTracer.Extract.Formats.TerminusEpisodes;
using CodeTracer.Extract.Formats.WhoAndWhen;

namespace CodeTracer.Extract;

/// <summary>The extractors that ship with CodeTracer.</summary>
public static class BuiltInFormats
{
    public static IReadOnlyList<IFormatExtractor> All() =>
    [
        // Claude Code: plain stream-json, terminal-bench 1.x recordings, Harbor trials
        new ClaudeCodeStreamJsonExtractor(),
        new TerminalBenchCastExtractor(),
        new HarborAtifExtractor(),

        // mini-SWE-agent and SWE-agent
        new MiniSweAgentToolCallsExtractor(),
        new MiniSweAgentTextExtractor(),
        new SweAgentTrajExtractor(),
        new SweAgentHistoryOnlyExtractor(),

        // OpenHands: V0 event streams, file store sessions, 2024 pair lists (Formats/OpenHands*/)
        new OpenHandsEventsExtractor(),
        new OpenHandsFileStoreExtractor(),
        new OpenHandsPairsExtractor(),
        new OpenHandsLlmCompletionsExtractor(),
        new OpenHandsSdkEventsExtractor(),
        new OpenHandsSdkEventsJsonlExtractor(),

        // Session logs of other CLIs, multi-agent failure logs, Terminus episodes, OpenTelemetry GenAI spans
        new ClaudeCodeSessionExtractor(),
        new CodexEnvelopeExtractor(),
        new CodexLegacyExtractor(),
        new GeminiCliExtractor(),
        new WhoAndWhenExtractor(),
        new AiderChatHistoryExtractor(),
        new TerminusEpisodesExtractor(),
        new OtelGenAiSpansExtractor(),
    ];

    public static FormatRegistry Registry() => new(All());
}
