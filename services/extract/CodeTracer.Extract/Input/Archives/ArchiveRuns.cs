using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>Puts what was read from an unpacked archive back in the user's terms: <c>archive.tar.gz!/inner/path</c>.</summary>
internal static class ArchiveRuns
{
    public static RunReadResult Display(RunReadResult read, UnpackedArchive archive) => new(
        [.. read.Runs.Select(r => Display(r, archive))],
        [.. read.Errors.Select(e => Display(e, archive))],
        [.. read.Skipped.Select(e => Display(e, archive))]);

    private static RunError Display(RunError error, UnpackedArchive archive) =>
        new(archive.DisplayIn(error.Path), archive.DisplayIn(error.Error));

    private static Run Display(Run run, UnpackedArchive archive) => run with
    {
        Path = archive.DisplayIn(run.Path),
        Steps = [.. run.Steps.Select(s => Display(s, archive))],
        Sources = [.. run.Sources.Select(s => s with { Path = archive.Display(s.Path) })],
        Diagnostics = [.. run.Diagnostics.Select(d => d with { File = archive.Display(d.File), Message = archive.DisplayIn(d.Message) })],
        Outcome = run.Outcome with { Source = run.Outcome.Source is { } source ? archive.Display(source) : null },
    };

    private static Step Display(Step step, UnpackedArchive archive) => step with
    {
        Provenance = step.Provenance with { File = archive.Display(step.Provenance.File) },
        SubSteps = [.. step.SubSteps.Select(s => Display(s, archive))],
    };
}
