namespace CodeTracer.Extract.Input.Archives;

public enum ArchiveKind
{
    /// <summary>Not an archive: the file is read as it is.</summary>
    None,
    Zip,
    Tar,

    /// <summary>Any gzip stream; it is unpacked as a tar, and anything else inside is refused as unreadable.</summary>
    TarGz,
}
