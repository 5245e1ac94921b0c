using CodeTracer.Contracts.Runs;

namespace CodeTracer.Testing;

/// <summary>Hand-made runs for unit tests: add steps one by one, with or without observation text.</summary>
public sealed class RunBuilder
{
    private readonly List<Step> steps = [];

    public OutcomeStatus Outcome { get; set; } = OutcomeStatus.Failed;

    public RunBuilder Bash(string command, string? observation = null, bool? isError = false, int? exitCode = null) =>
        Add("Bash", command, observation, isError, exitCode);

    public RunBuilder Tool(string tool, string argumentsJson, string? observation = null, bool? isError = false) =>
        Add(tool, argumentsJson, observation, isError, null);

    public RunBuilder Add(string tool, string action, string? observation, bool? isError, int? exitCode)
    {
        var id = steps.Count + 1;
        steps.Add(new Step
        {
            Id = id,
            Anchor = "a" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Tool = tool,
            Action = action,
            Arguments = action.StartsWith('{') ? action : null,
            Observation = observation,
            HasObservation = observation is not null || isError is not null,
            IsError = isError,
            ExitCode = exitCode,
            ParallelGroup = id,
            Provenance = new Provenance("hand-made", id, null, ""),
        });
        return this;
    }

    public Run Build() => new()
    {
        Path = "hand-made",
        Format = "hand-made",
        Outcome = new RunOutcome(Outcome),
        Steps = [.. steps],
    };
}
