using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Specs.Engine;

/// <summary>Which file of a candidate a spec reads: the file itself, or the first file of a folder its globs name.</summary>
internal static class SpecFiles
{
    private const int MaxFilesLooked = 2000;

    /// <summary>Relative to the candidate ("" for a file candidate); null when the spec reads nothing here.</summary>
    public static string? TrajectoryOf(SpecPlan plan, RunCandidate candidate)
    {
        var spec = plan.Spec;
        if (!candidate.IsDirectory)
        {
            var names = spec.Fingerprints.FileNames;
            return names.Count == 0 || names.Any(n => Glob.Matches(n.Replace("{folder}", "*", StringComparison.Ordinal), candidate.Name)) ? "" : null;
        }

        if (spec.Source.Files.Count == 0)
        {
            return null;
        }

        var patterns = spec.Source.Files.Select(f => f.Replace("{folder}", candidate.Name, StringComparison.Ordinal)).ToList();
        foreach (var pattern in patterns.Where(p => !p.Contains('*') && !p.Contains('?')))
        {
            if (candidate.Exists(pattern))
            {
                return pattern;
            }
        }

        var files = Directory.EnumerateFiles(candidate.Path, "*", SearchOption.AllDirectories).Take(MaxFilesLooked)
            .Select(f => Path.GetRelativePath(candidate.Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return files.FirstOrDefault(f => patterns.Any(p => Glob.Matches(p, f)));
    }
}
