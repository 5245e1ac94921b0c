using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Formats.Common;

/// <summary>A step while its run is still being read: the observation and sub-steps arrive after the call.</summary>
internal sealed class StepDraft
{
    public required int Id { get; init; }
    public required string Anchor { get; init; }
    public required string Tool { get; init; }
    public string? Arguments { get; init; }
    public required string Action { get; init; }
    public required Provenance Provenance { get; init; }
    public string? Observation { get; set; }
    public bool HasObservation { get; set; }
    public bool? IsError { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string? Thought { get; set; }
    public string? Reasoning { get; set; }
    public int ParallelGroup { get; set; }
    public TokenUsage? Tokens { get; set; }
    public List<StepDraft> SubSteps { get; } = [];

    /// <summary>The sub-agent's current turn, so its parallel calls share a group as the main thread's do.</summary>
    public string? SubTurnMessageId { get; set; }

    public int SubTurnGroup { get; set; }

    public void Answer(string observation, bool isError, DateTimeOffset? at)
    {
        Observation = observation;
        HasObservation = true;
        IsError = isError;
        EndedAt = at;
    }

    public Step ToStep() => new()
    {
        Id = Id,
        Anchor = Anchor,
        Tool = Tool,
        Arguments = Arguments,
        Action = Action,
        Observation = Observation,
        HasObservation = HasObservation,
        IsError = IsError,
        StartedAt = StartedAt,
        EndedAt = EndedAt,
        Thought = Thought,
        Reasoning = Reasoning,
        ParallelGroup = ParallelGroup,
        SubSteps = [.. SubSteps.Select(s => s.ToStep())],
        Tokens = Tokens,
        Provenance = Provenance,
    };

    /// <summary>The latest unanswered call with this anchor: some sources reuse ids, and a result answers the newest call.</summary>
    public static StepDraft? LatestOpen(List<StepDraft> steps, string anchor)
    {
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (steps[i].Anchor == anchor && !steps[i].HasObservation)
            {
                return steps[i];
            }
        }

        return null;
    }
}
