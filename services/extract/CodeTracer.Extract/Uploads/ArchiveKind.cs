namespace CodeTracer.Extract.Uploads;

public enum ArchiveKind
{
    /// <summary>Not an archive: the upload is read as a file.</summary>
    None,
    Zip,
    Tar,
    TarGz,
}
