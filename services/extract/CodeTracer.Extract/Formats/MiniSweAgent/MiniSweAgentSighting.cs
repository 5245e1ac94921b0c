namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>What a look at names and the head of the trajectory said: how sure, which style, and why.</summary>
internal sealed record MiniSweAgentSighting(double Confidence, MiniSweAgentStyle Style, string Evidence)
{
    public static MiniSweAgentSighting None(string why) => new(0, MiniSweAgentStyle.Unknown, why);
}
