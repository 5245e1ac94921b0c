using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Specs;

/// <summary>Whether a spec explains an input: the runs it read and, when it does not, every reason why.</summary>
public sealed record SpecValidation(IReadOnlyList<Run> Runs, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public int StepCount => Runs.Sum(r => r.Steps.Count);
}
