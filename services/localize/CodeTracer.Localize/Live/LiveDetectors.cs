using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Heuristics;

namespace CodeTracer.Localize.Live;

/// <summary>
/// Cheap online detectors over a live run's steps so far. Each sign is tied to the step where its threshold is
/// first crossed, so reading the same steps again names the same (signal, step) pairs and the store can dedupe.
/// </summary>
public sealed class LiveDetectors(LiveDetectorOptions options)
{
    public const string RetriedCommand = "retried-command";
    public const string RepeatedAction = "repeated-action";
    public const string ErrorStreak = "error-streak";

    public IReadOnlyList<LiveSignal> Detect(IReadOnlyList<Step> steps)
    {
        var signals = new List<LiveSignal>();
        var failures = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeats = new Dictionary<string, int>(StringComparer.Ordinal);
        var streak = 0;
        foreach (var step in steps)
        {
            if (ActionText.IsDegenerate(step))
            {
                continue;
            }

            var action = ActionText.Normalize(step);
            var failed = ObservationErrors.Failed(step);
            streak = failed ? streak + 1 : 0;
            if (failed && Bump(failures, action) == options.RetryCount)
            {
                signals.Add(new LiveSignal(step.Id, RetriedCommand, $"step {step.Id} runs a failing action for the {options.RetryCount}th time unchanged", 0.6));
            }

            if (Bump(repeats, action) == options.RepeatCount)
            {
                signals.Add(new LiveSignal(step.Id, RepeatedAction, $"step {step.Id} repeats an identical action for the {options.RepeatCount}th time", 0.4));
            }

            if (streak == options.ErrorStreak)
            {
                signals.Add(new LiveSignal(step.Id, ErrorStreak, $"steps {step.Id - options.ErrorStreak + 1}–{step.Id} all failed", 0.5));
            }
        }

        return signals;
    }

    private static int Bump(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
