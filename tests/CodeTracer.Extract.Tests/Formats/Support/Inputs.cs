namespace CodeTracer.Extract.Tests.Formats.Support;

/// <summary>Corpus inputs the tests of these formats share.</summary>
internal static class Inputs
{
    public const string KimiRoot = "terminal-bench-kimi-k2.5/";
    public const string HarborTrial = KimiRoot + "crack-7z-hash__qM5scQs";
    public const string HarborStreamJsonTrial = KimiRoot + "vulnerable-secret__9tUKcpe";
    public const string StreamJsonFile = HarborStreamJsonTrial + "/agent/claude-code.txt";
    public const string TrajectoryFile = HarborTrial + "/agent/trajectory.json";
    public const string Tb1Trial = "terminal-bench-claude-code/claude_code_c4/crack-7z-hash/crack-7z-hash.1-of-1.2025-11-08__13-10-33";
    public const string Tb1TextOnlyTrial = "terminal-bench-claude-code/claude_code_v3/crack-7z-hash/crack-7z-hash.1-of-1.2025-11-09__04-16-47";
    public const string Tb1SubAgentTrial = "terminal-bench-claude-code/claude_code_v3/swe-bench-fsspec/swe-bench-fsspec.1-of-1.2025-11-09__04-16-47";
    public const string Tb1ModelFolder = "terminal-bench-claude-code/claude_code_c4";
}
