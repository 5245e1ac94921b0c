using System.Text;

namespace CodeTracer.Extract.Uploads;

/// <summary>Tells archives by their first bytes, not their names: users rename files, magic numbers stay.</summary>
public static class ArchiveSniffer
{
    public static ArchiveKind Detect(string file)
    {
        Span<byte> head = stackalloc byte[262];
        int read;
        using (var stream = File.OpenRead(file))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
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

        // POSIX and GNU tar both write "ustar" at offset 257.
        return read >= 262 && Encoding.ASCII.GetString(head[257..262]) == "ustar" ? ArchiveKind.Tar : ArchiveKind.None;
    }
}
