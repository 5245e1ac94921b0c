namespace CodeTracer.Extract.Formats.TerminalBenchCast;

/// <summary>One JSON object found in terminal output: its text, or why it could not be recovered.</summary>
internal sealed record EmbeddedJson(int Offset, string? Json, string? Error);
