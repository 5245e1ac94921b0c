using System.Text;
using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Specs.Proposal;

/// <summary>
/// What the model is shown of an unknown input: the file list of a folder and the head of its first files, cut at
/// a line end. It is untrusted text and is fenced as data in the prompt.
/// </summary>
internal static class SpecSample
{
    public static string Of(RunCandidate candidate, SpecProposerOptions options)
    {
        var builder = new StringBuilder();
        IEnumerable<string> files;
        if (candidate.IsDirectory)
        {
            var all = Directory.EnumerateFiles(candidate.Path, "*", SearchOption.AllDirectories).Take(200)
                .Select(f => Path.GetRelativePath(candidate.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            builder.Append("folder ").Append(candidate.Name).AppendLine(" holds:");
            all.ForEach(f => builder.Append("  ").AppendLine(f));
            files = all.Where(f => !f.StartsWith('.')).Take(options.MaxSampleFiles);
        }
        else
        {
            files = [""];
        }

        foreach (var relative in files)
        {
            var head = candidate.Head(relative);
            var cut = head.Length <= options.SampleCharsPerFile ? head : head[..options.SampleCharsPerFile];
            var lastLine = cut.LastIndexOf('\n');
            if (cut.Length < head.Length && lastLine > 0)
            {
                cut = cut[..lastLine];
            }

            builder.Append("----- file ").Append(relative.Length == 0 ? candidate.Name : relative)
                .Append(cut.Length < head.Length ? " (first part only)" : "").AppendLine(" -----").AppendLine(cut);
        }

        return builder.ToString();
    }
}
