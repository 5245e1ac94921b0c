namespace CodeTracer.Tree.Stages;

/// <summary>
/// Files an agent writes to try things rather than to solve the task: reproduction and debug scripts, files in
/// /tmp, ad-hoc test files outside a tests folder. Writing them is reproduction or checking, not patching.
/// </summary>
internal static class ScratchFiles
{
    private static readonly string[] Prefixes = ["repro", "debug", "scratch", "tmp", "temp", "check_", "verify", "demo", "test_", "simple_test", "final_test", "comprehensive_test", "test."];

    /// <summary>Backups and saved diffs: copies made around a patch, not the patch itself.</summary>
    public static bool IsCopy(string path)
    {
        var name = System.IO.Path.GetFileName(path.Replace('\\', '/')).ToLowerInvariant();
        return name.EndsWith(".bak", StringComparison.Ordinal) || name.EndsWith(".orig", StringComparison.Ordinal) || name.Contains(".backup", StringComparison.Ordinal)
            || name.EndsWith(".patch", StringComparison.Ordinal) || name.EndsWith(".diff", StringComparison.Ordinal) || name is "patch.txt" or "diff.txt";
    }

    /// <summary>Whether a step's targets are all scratch; a root-level script counts only when the step wrote it whole.</summary>
    public static bool AllScratch(Classification.StepEffect effect) =>
        effect.Targets.Count > 0 && effect.Targets.All(t => IsScratch(t) || IsRootScript(t) && effect.Written.Contains(t));

    /// <summary>A script dropped at the root of the working folder (fix.py, run_checks.sh) is a tool for the task, not the fix.</summary>
    private static bool IsRootScript(string path) =>
        !path.Contains('/', StringComparison.Ordinal) && System.IO.Path.GetExtension(path).ToLowerInvariant() is ".py" or ".sh" or ".js" or ".rb";

    public static bool IsScratch(string path)
    {
        if (IsCopy(path))
        {
            return true;
        }

        var p = path.Replace('\\', '/');
        if (p.StartsWith("/tmp/", StringComparison.Ordinal) || p.StartsWith("tmp/", StringComparison.Ordinal))
        {
            return true;
        }

        var name = System.IO.Path.GetFileName(p).ToLowerInvariant();

        var inTestsFolder = p.Contains("/tests/", StringComparison.Ordinal) || p.Contains("/test/", StringComparison.Ordinal)
            || p.StartsWith("tests/", StringComparison.Ordinal) || p.StartsWith("test/", StringComparison.Ordinal);
        return !inTestsFolder && (Prefixes.Any(x => name.StartsWith(x, StringComparison.Ordinal)) || name.Contains("reproduce", StringComparison.Ordinal));
    }
}
