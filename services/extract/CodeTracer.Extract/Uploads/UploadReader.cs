using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Input.Archives;

namespace CodeTracer.Extract.Uploads;

/// <summary>
/// Reads one uploaded file (a trajectory, or an archive of a run folder) into exactly one run. User errors
/// (nothing readable, several runs, an unsafe archive) come back as a rejection reason naming the file;
/// only bugs throw. An archive is unpacked under the same rules and limits as one given to <see cref="RunReader"/>.
/// </summary>
public sealed class UploadReader(RunReader reader)
{
    private const int ErrorsShown = 3;

    public UploadReadResult Read(string localFile, string fileName, string? formatHint, string unpackFolder, CancellationToken cancellationToken)
    {
        var input = localFile;
        var paths = new UploadPaths(localFile, fileName);
        if (SafeArchive.IsArchive(localFile))
        {
            try
            {
                SafeArchive.ExtractTo(localFile, unpackFolder, reader.ArchiveLimits);
            }
            catch (ArchiveRejectedException e)
            {
                return UploadReadResult.Rejected($"{fileName}: archive rejected: {e.Message}");
            }

            input = ContentRoot(unpackFolder);
            paths = new UploadPaths(input, fileName);
        }

        var result = reader.Read(input, formatHint, cancellationToken);
        return result.Runs.Count switch
        {
            1 => UploadReadResult.Of(paths.Rewrite(result.Runs[0])),
            > 1 => UploadReadResult.Rejected(
                $"{fileName} holds {result.Runs.Count} runs ({string.Join(", ", result.Runs.Take(ErrorsShown).Select(r => paths.Display(r.Path)))}" +
                $"{(result.Runs.Count > ErrorsShown ? ", …" : "")}); upload one run at a time"),
            _ => UploadReadResult.Rejected(NothingReadable(fileName, result.Errors.Concat(result.Skipped).ToList(), paths)),
        };
    }

    private static string NothingReadable(string fileName, IReadOnlyList<RunError> errors, UploadPaths paths) =>
        errors.Count == 0
            ? $"{fileName}: no run found; upload a trajectory file or an archive of one run folder"
            : string.Join("; ", errors.Take(ErrorsShown).Select(e => $"{paths.Display(e.Path)}: {paths.InText(e.Error)}"));

    /// <summary>An archive of one folder is read as that folder, so a run folder packed with its parent still reads as a run.</summary>
    private static string ContentRoot(string folder)
    {
        Directory.CreateDirectory(folder);
        var children = Directory.GetDirectories(folder);
        return children.Length == 1 && Directory.GetFiles(folder).Length == 0 ? children[0] : folder;
    }
}
