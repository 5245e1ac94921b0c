namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>How the agent issued commands: as tool calls (v2) or as fenced blocks in its text (v1).</summary>
internal enum MiniSweAgentStyle
{
    Unknown,
    ToolCalls,
    Text,
}
