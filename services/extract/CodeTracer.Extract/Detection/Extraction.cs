using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Detection;

/// <summary>What reading an input gave: the runs it could read and the ones it could not, each with a reason.</summary>
public sealed record Extraction(IReadOnlyList<Run> Runs, IReadOnlyList<RunError> Errors)
{
    public static Extraction Of(Run run) => new([run], []);

    public static Extraction Failed(string path, string error) => new([], [new RunError(path, error)]);
}
