using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Input;

/// <summary>
/// Finds the runs under a path: a run folder is one run (its files are not looked at one by one), any other
/// folder is searched recursively, and each file is offered to the registry.
/// </summary>
public sealed class RunDiscovery(FormatRegistry registry)
{
    /// <summary>Names that only trajectories carry: such a file that nothing reads is worth telling the user about.</summary>
    private static readonly string[] TrajectoryEndings = [".traj", ".traj.json", ".cast", ".jsonl", "trajectory.json", "claude-code.txt", ".aider.chat.history.md"];

    public IEnumerable<DiscoveredInput> Discover(string path)
    {
        if (File.Exists(path))
        {
            yield return Classify(RunCandidate.ForFile(path), explicitlyNamed: true);
            yield break;
        }

        if (!Directory.Exists(path))
        {
            yield return DiscoveredInput.Unreadable(path, "no such file or folder");
            yield break;
        }

        foreach (var input in Walk(path))
        {
            yield return input;
        }
    }

    private IEnumerable<DiscoveredInput> Walk(string directory)
    {
        var folder = RunCandidate.ForDirectory(directory);
        if (registry.Detect(folder) is { } match)
        {
            yield return DiscoveredInput.Matched(folder, match);
            yield break;
        }

        string[] files;
        string[] children;
        string? listingError = null;
        try
        {
            files = Directory.GetFiles(directory);
            children = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (files, children, listingError) = ([], [], $"cannot list folder: {e.Message}");
        }

        if (listingError is not null)
        {
            yield return DiscoveredInput.Unreadable(directory, listingError);
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(children, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var input = Classify(RunCandidate.ForFile(file), explicitlyNamed: false);
            if (input.Kind != DiscoveredKind.Ignored)
            {
                yield return input;
            }
        }

        foreach (var child in children.Where(c => !Path.GetFileName(c).StartsWith('.')))
        {
            foreach (var input in Walk(child))
            {
                yield return input;
            }
        }
    }

    private DiscoveredInput Classify(RunCandidate file, bool explicitlyNamed)
    {
        var looksLikeTrajectory = explicitlyNamed || TrajectoryEndings.Any(e => file.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (looksLikeTrajectory && ArtifactProbe.Problem(file.Path) is { } problem)
        {
            return DiscoveredInput.Unreadable(file.Path, problem);
        }

        if (registry.Detect(file) is { } match)
        {
            return DiscoveredInput.Matched(file, match);
        }

        if (explicitlyNamed)
        {
            return DiscoveredInput.Unreadable(file.Path, "not in any known trajectory format (" +
                string.Join(", ", registry.Extractors.Select(e => e.Id)) + ")");
        }

        return looksLikeTrajectory
            ? DiscoveredInput.Skipped(file.Path, "looks like a trajectory, but no extractor recognises it")
            : DiscoveredInput.Ignore(file.Path);
    }
}
