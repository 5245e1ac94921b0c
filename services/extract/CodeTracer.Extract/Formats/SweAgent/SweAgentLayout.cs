namespace CodeTracer.Extract.Formats.SweAgent;

/// <summary>Where the actions of a <c>.traj</c> are: in <c>trajectory[]</c>, or only in the chat <c>history[]</c>.</summary>
internal enum SweAgentLayout
{
    Unknown,
    Trajectory,
    HistoryOnly,
}
