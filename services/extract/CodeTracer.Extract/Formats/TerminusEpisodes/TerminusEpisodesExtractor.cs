using CodeTracer.Extract.Detection;

namespace CodeTracer.Extract.Formats.TerminusEpisodes;

/// <summary>Terminus / Terminus 2 (terminal-bench) runs logged as <c>agent-logs/episode-N/{prompt.txt,response.txt}</c>. See README.md.</summary>
public sealed class TerminusEpisodesExtractor : IFormatExtractor
{
    public const string FormatId = "terminus-episodes";
    public const string LogsFolder = "agent-logs";

    public string Id => FormatId;

    public string Version => "1";

    public IReadOnlyList<string> Fingerprints { get; } =
    [
        "a folder of episode-N/ folders, each with prompt.txt and response.txt (terminal-bench agent-logs/)",
        "or a trial folder holding agent-logs/episode-0/ (with results.json: trial_name, is_resolved, instruction)",
        "response.txt holds the model's JSON: {analysis, plan, commands[{keystrokes, duration}], task_complete}",
    ];

    public DetectionResult Detect(RunCandidate candidate)
    {
        if (!candidate.IsDirectory)
        {
            return DetectionResult.No("a Terminus run is a folder of episodes");
        }

        if (HasEpisodes(candidate.Path))
        {
            return new DetectionResult(0.9, "episode-N/ folders with prompt.txt and response.txt");
        }

        // Above the 0.85 the terminal-bench cast extractor gives a trial whose recording is not Claude Code's.
        return HasEpisodes(candidate.Resolve(LogsFolder))
            ? new DetectionResult(0.9, "trial folder with agent-logs/episode-N/{prompt.txt,response.txt}")
            : DetectionResult.No();
    }

    public Extraction Extract(RunCandidate candidate, CancellationToken cancellationToken = default)
    {
        var (logs, results) = HasEpisodes(candidate.Path)
            ? (candidate.Path, Path.Combine(Path.GetDirectoryName(candidate.Path.TrimEnd(Path.DirectorySeparatorChar)) ?? "", "results.json"))
            : (candidate.Resolve(LogsFolder), candidate.Resolve("results.json"));
        return TerminusReader.Read(candidate.Path, logs, results, Id, cancellationToken);
    }

    private static bool HasEpisodes(string folder) =>
        File.Exists(Path.Combine(folder, "episode-0", "response.txt")) || File.Exists(Path.Combine(folder, "episode-0", "prompt.txt"));
}
