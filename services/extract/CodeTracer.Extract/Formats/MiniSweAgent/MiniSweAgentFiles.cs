using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.MiniSweAgent;

/// <summary>
/// Where the trajectory of a candidate is: the file itself, or for an instance folder the one
/// <c>&lt;folder&gt;/&lt;folder&gt;.traj.json</c> that mini-SWE-agent's batch runner writes.
/// </summary>
internal static class MiniSweAgentFiles
{
    public const string Ending = ".traj.json";

    /// <summary>The trajectory relative to the candidate ("" for a file candidate); null when a folder has none.</summary>
    public static string? TrajectoryOf(RunCandidate candidate)
    {
        if (!candidate.IsDirectory)
        {
            return "";
        }

        var relative = candidate.Name + Ending;
        return candidate.Exists(relative) ? relative : null;
    }

    /// <summary>The instance id a file or folder name implies (the batch runner names both after it).</summary>
    public static string InstanceIdFromName(string file)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(Ending, StringComparison.OrdinalIgnoreCase) ? name[..^Ending.Length] : Path.GetFileNameWithoutExtension(name);
    }
}
