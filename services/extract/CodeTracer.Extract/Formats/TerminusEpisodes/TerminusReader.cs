using System.Text.Json;
using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Detection;
using CodeTracer.Extract.Formats.Common;
using CodeTracer.Extract.Input;

namespace CodeTracer.Extract.Formats.TerminusEpisodes;

/// <summary>Reads the episodes in order: a step per command of each response, answered by the next episode's prompt.</summary>
internal static class TerminusReader
{
    public static Extraction Read(string path, string logs, string resultsFile, string format, CancellationToken cancellationToken)
    {
        var episodes = TerminusEpisode.In(logs);
        var steps = new List<Step>();
        var diagnostics = new List<ExtractionDiagnostic>();
        var sources = new List<SourceFile>();
        string? firstPrompt = null, lastAnalysis = null;
        for (var e = 0; e < episodes.Count; e++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var episode = episodes[e];
            var next = e + 1 < episodes.Count ? episodes[e + 1] : null;
            firstPrompt ??= ReadText(episode.Prompt, sources);
            if (ReadText(episode.Response, sources) is not { } text)
            {
                diagnostics.Add(new ExtractionDiagnostic(next is null ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, episode.Response, null,
                    $"{episode.Name}: response.txt is missing or empty"));
                continue;
            }

            if (TerminusResponse.Parse(text, out var error, out var line) is not { } response)
            {
                // Terminus answers a malformed response with a parse-error prompt; a bad last response is a cut-off file.
                diagnostics.Add(new ExtractionDiagnostic(next is null ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, episode.Response, line,
                    $"{episode.Name}: response.txt is not a JSON answer ({error})" + (next is null ? "; the run ends here, truncated or cut off" : "; the model was asked again")));
                continue;
            }

            lastAnalysis = response.Analysis ?? lastAnalysis;
            var observation = next is null ? null : ReadText(next.Prompt, sources);
            AddSteps(steps, episode, response, observation, FileHash.Sha256(episode.Response));
        }

        if (episodes.Count == 0)
        {
            return Extraction.Failed(path, $"{path}: no episode-N folder with prompt.txt / response.txt under {logs}");
        }

        var trial = TerminusTrialFacts.Read(resultsFile);
        return Extraction.Of(new Run
        {
            Path = path,
            Format = format,
            Agent = "terminus",
            Model = TerminusModel.Of(episodes[0].Folder),
            Task = trial.Task ?? firstPrompt,
            Outcome = trial.Outcome,
            Status = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? RunStatus.Partial
                : steps.Count == 0 ? RunStatus.NotStarted : RunStatus.Complete,
            Steps = steps,
            FinalMessage = lastAnalysis,
            Metrics = trial.Metrics,
            Sources = trial.Source is { } results ? [.. sources, results] : sources,
            Diagnostics = diagnostics,
        });
    }

    private static void AddSteps(List<Step> steps, TerminusEpisode episode, TerminusResponse response, string? observation, string sha)
    {
        var commands = response.Commands.ToList();
        var group = steps.Count + 1;
        for (var i = 0; i < commands.Count; i++)
        {
            var keystrokes = commands[i].Str("keystrokes") ?? (commands[i].ValueKind == JsonValueKind.String ? commands[i].GetString()! : "");
            // The screen after the batch answers the batch: it goes on the episode's last command.
            var answered = i == commands.Count - 1 && observation is not null;
            steps.Add(new Step
            {
                Id = steps.Count + 1,
                Anchor = $"{episode.Name}:{i}",
                Tool = "keystrokes",
                Arguments = commands[i].GetRawText(),
                Action = keystrokes.TrimEnd('\n', '\r'),
                Observation = answered ? observation : null,
                HasObservation = answered,
                Thought = response.Analysis,
                Reasoning = response.Plan,
                ParallelGroup = group,
                Provenance = new Provenance(episode.Response, null, $"commands[{i}]", sha),
            });
        }
    }

    private static string? ReadText(string file, List<SourceFile> sources)
    {
        if (ArtifactProbe.Problem(file) is not null)
        {
            return null;
        }

        sources.Add(FileHash.Describe(file));
        return File.ReadAllText(file);
    }
}
