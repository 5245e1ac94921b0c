namespace CodeTracer.Extract.Formats.WhoAndWhen;

/// <summary>Reads the last few KiB of a file, where Who&amp;When logs that start with their history keep their labels.</summary>
internal static class WhoAndWhenTail
{
    private const int TailBytes = 64 * 1024;

    public static bool HasLabels(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
            stream.Seek(Math.Max(0, stream.Length - TailBytes), SeekOrigin.Begin);
            var buffer = new byte[TailBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var tail = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
            return tail.Contains("\"mistake_step\"", StringComparison.Ordinal) && tail.Contains("\"mistake_agent\"", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
