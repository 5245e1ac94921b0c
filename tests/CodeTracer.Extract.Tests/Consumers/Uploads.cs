namespace CodeTracer.Extract.Tests.Consumers;

/// <summary>The corpus runs the consumer tests upload.</summary>
internal static class Uploads
{
    public const string TrialFolder = "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe";
    public const string ClaudeCodeTranscript = TrialFolder + "/agent/claude-code.txt";
    public const string MiniSweAgentRun = "mini-swe-agent/deepseek_chat_dev/pydicom__pydicom-1256";
    public const string MiniSweAgentTrajectory = MiniSweAgentRun + "/pydicom__pydicom-1256.traj.json";
}
