namespace CodeTracer.Testing;

/// <summary>One corpus run as a user would upload it: a trajectory file as it is, a run folder as a .tar.gz.</summary>
public sealed record CorpusUpload(ExpectedRun Expected, string SourcePath, string FileName, byte[] Content)
{
    /// <summary>The runs of the given formats that are a file or a folder on disk (rows naming a record inside a file are left out).</summary>
    public static IReadOnlyList<CorpusUpload> Of(params string[] formats) =>
        [.. ExpectedIndex.OfFormat(formats).Select(From).OfType<CorpusUpload>()];

    public static CorpusUpload? From(ExpectedRun run)
    {
        var source = Corpus.PathOf(run.Path);
        if (File.Exists(source))
        {
            return new CorpusUpload(run, source, Path.GetFileName(source), File.ReadAllBytes(source));
        }

        if (!Directory.Exists(source))
        {
            return null;
        }

        // A folder holding just the trajectory (mini-SWE-agent's <id>/<id>.traj.json) is uploaded as that file.
        var files = Directory.GetFiles(source, "*", SearchOption.AllDirectories);
        return files.Length == 1
            ? new CorpusUpload(run, files[0], Path.GetFileName(files[0]), File.ReadAllBytes(files[0]))
            : new CorpusUpload(run, source, Path.GetFileName(source) + ".tar.gz", CorpusArchives.TarGz(run.Path));
    }
}
