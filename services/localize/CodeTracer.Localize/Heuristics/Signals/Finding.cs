namespace CodeTracer.Localize.Heuristics.Signals;

/// <summary>
/// What one signal saw: the steps that show it, and, when the signal can name one, an onset candidate with the
/// error chain that follows from it and a score (how much the signal is trusted to name the onset).
/// </summary>
public sealed record Finding(string Signal, IReadOnlyList<int> Steps, string Detail)
{
    public int? Onset { get; init; }

    public IReadOnlyList<int> Chain { get; init; } = [];

    public double Score { get; init; }

    public IReadOnlyList<int> Unuseful { get; init; } = [];
}
