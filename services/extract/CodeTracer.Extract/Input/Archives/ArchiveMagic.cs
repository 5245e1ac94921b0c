using System.Text;

namespace CodeTracer.Extract.Input.Archives;

/// <summary>Tells archives by their first bytes: users rename files, magic numbers stay.</summary>
internal static class ArchiveMagic
{
    private const int TarMagicOffset = 257;
    private const int HeadLength = 262;

    public static ArchiveKind Detect(string file)
    {
        Span<byte> head = stackalloc byte[HeadLength];
        int read;
        try
        {
            using var stream = File.OpenRead(file);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unrecognised rather than thrown: whoever opens the file next reports why it cannot be read.
            return ArchiveKind.None;
        }

        head = head[..read];
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return ArchiveKind.Zip;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1f, 0x8b]))
        {
            return ArchiveKind.TarGz;
        }

        // POSIX and GNU tar both write "ustar" at offset 257; only old V7 tars lack it, and those are known by name.
        return read == HeadLength && Encoding.ASCII.GetString(head[TarMagicOffset..]) == "ustar" ? ArchiveKind.Tar : ArchiveKind.None;
    }
}
