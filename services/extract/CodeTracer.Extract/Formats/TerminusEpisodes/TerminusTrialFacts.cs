using CodeTracer.Contracts.Runs;
using CodeTracer.Extract.Formats.Common;

namespace CodeTracer.Extract.Formats.TerminusEpisodes;

/// <summary>What a terminal-bench trial's <c>results.json</c> says about the run: task, outcome, tokens, times.</summary>
internal sealed record TerminusTrialFacts(string? Task, RunOutcome Outcome, RunMetrics Metrics, SourceFile? Source)
{
    public static TerminusTrialFacts Read(string? resultsFile)
    {
        if (resultsFile is null || !File.Exists(resultsFile) || !JsonFile.TryLoad(resultsFile, out var document, out _))
        {
            return new TerminusTrialFacts(null, RunOutcome.Unknown, new RunMetrics(), null);
        }

        using (document)
        {
            var root = document.RootElement;
            var outcome = root.Bool("is_resolved") switch
            {
                true => new RunOutcome(OutcomeStatus.Resolved, resultsFile, "is_resolved: true"),
                false => new RunOutcome(OutcomeStatus.Failed, resultsFile, "is_resolved: false" + (root.Str("failure_mode") is { } mode ? $", failure_mode: {mode}" : "")),
                null => RunOutcome.Unknown,
            };
            var metrics = new RunMetrics
            {
                InputTokens = root.Long("total_input_tokens"),
                OutputTokens = root.Long("total_output_tokens"),
                StartedAt = root.Time("agent_started_at") ?? root.Time("trial_started_at"),
                EndedAt = root.Time("agent_ended_at") ?? root.Time("trial_ended_at"),
                ExitStatus = root.Str("failure_mode"),
            };
            return new TerminusTrialFacts(root.Str("instruction"), outcome, metrics, Input.FileHash.Describe(resultsFile));
        }
    }
}
