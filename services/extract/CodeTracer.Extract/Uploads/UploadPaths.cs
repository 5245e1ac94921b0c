using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Uploads;

/// <summary>
/// Replaces the private temp paths in a run and in messages with the name the user uploaded (and the path inside
/// an archive), so what is stored and shown points at the user's file, never at a folder that is already gone.
/// </summary>
public sealed class UploadPaths(string localRoot, string displayRoot)
{
    public string Display(string path)
    {
        if (!path.StartsWith(localRoot, StringComparison.Ordinal))
        {
            return path;
        }

        var rest = path[localRoot.Length..].Replace(Path.DirectorySeparatorChar, '/');
        return rest.Length == 0 || rest[0] is '/' or '#' ? displayRoot + rest : path;
    }

    public string InText(string text) => text.Replace(localRoot, displayRoot, StringComparison.Ordinal);

    public Run Rewrite(Run run) => run with
    {
        Path = Display(run.Path),
        Outcome = run.Outcome.Source is { } source ? run.Outcome with { Source = Display(source) } : run.Outcome,
        Steps = [.. run.Steps.Select(Rewrite)],
        Sources = [.. run.Sources.Select(s => s with { Path = Display(s.Path) })],
        Diagnostics = [.. run.Diagnostics.Select(d => d with { File = Display(d.File), Message = InText(d.Message) })],
    };

    private Step Rewrite(Step step) => step with
    {
        Provenance = step.Provenance with { File = Display(step.Provenance.File) },
        SubSteps = [.. step.SubSteps.Select(Rewrite)],
    };
}
