using System.Text;
using CodeTracer.Testing;

namespace CodeTracer.Extract.Tests.Formats.Support;

/// <summary>Damages a copy of a corpus file in a temporary folder (corpus files are read-only, so the copy is replaced).</summary>
internal static class DamagedCopy
{
    public const string LfsPointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 1048576\n";

    public static void Replace(string file, string content)
    {
        File.Delete(file);
        File.WriteAllText(file, content);
    }

    /// <summary>Keeps the first <paramref name="lines"/> whole lines and half of the next one, as a killed writer leaves it.</summary>
    public static void CutInLine(string file, int lines)
    {
        var all = File.ReadAllLines(file);
        var kept = new StringBuilder();
        foreach (var line in all.Take(lines))
        {
            kept.Append(line).Append('\n');
        }

        kept.Append(all[lines].AsSpan(0, all[lines].Length / 2));
        Replace(file, kept.ToString());
    }

    /// <summary>Keeps the first part of the file, cut at a byte count.</summary>
    public static void CutAt(string file, double fraction)
    {
        var bytes = File.ReadAllBytes(file);
        File.Delete(file);
        File.WriteAllBytes(file, bytes[..(int)(bytes.Length * fraction)]);
    }

    public static string Copy(TempFolder temp, string relative) => temp.CopyFromCorpus(relative);
}
