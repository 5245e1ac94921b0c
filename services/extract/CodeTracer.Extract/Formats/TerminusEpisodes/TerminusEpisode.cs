namespace CodeTracer.Extract.Formats.TerminusEpisodes;

/// <summary>One <c>episode-N/</c> folder: the prompt the model saw and the response it gave.</summary>
internal sealed record TerminusEpisode(int Number, string Folder)
{
    public string Prompt => Path.Combine(Folder, "prompt.txt");

    public string Response => Path.Combine(Folder, "response.txt");

    public string Name => $"episode-{Number}";

    /// <summary>The episode-N folders under a folder, in episode order (episode-10 after episode-9).</summary>
    public static IReadOnlyList<TerminusEpisode> In(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetDirectories(folder, "episode-*")
            .Select(d => (Folder: d, Number: int.TryParse(Path.GetFileName(d)["episode-".Length..], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1))
            .Where(e => e.Number >= 0)
            .OrderBy(e => e.Number)
            .Select(e => new TerminusEpisode(e.Number, e.Folder))];
    }
}
