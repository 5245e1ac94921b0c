using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Storage.Memory;

namespace CodeTracer.Localize.Memory;

/// <summary>
/// The localizer's memory per agent framework, over the localize service's <see cref="IMemoryRepository"/>: every
/// diagnosis with an onset strengthens one entry (same key, same entry), and the most relevant entries are what
/// the LLM diagnoser is shown. Relevance adds each diagnosis's confidence, at half weight for a heuristic one, so
/// patterns a model confirmed rank above those only the heuristics saw.
/// </summary>
public sealed class DiagnosisMemory(IMemoryRepository repository, TimeProvider clock)
{
    /// <summary>Enough examples for a person to look at; also how far back a redelivered run is recognised.</summary>
    public const int MaxExamples = 5;

    public const double HeuristicWeight = 0.5;

    public static string FrameworkOf(Run run) => (run.Agent ?? run.Format).Trim().ToLowerInvariant();

    public Task<IReadOnlyList<MemoryEntry>> RecallAsync(Run run, int count, CancellationToken cancellationToken) =>
        count <= 0 ? Task.FromResult<IReadOnlyList<MemoryEntry>>([]) : repository.ListTopAsync(FrameworkOf(run), count, cancellationToken);

    /// <summary>Returns the entry as stored, or null when the diagnosis names no onset or this run was already counted.</summary>
    public async Task<MemoryEntry?> RecordAsync(string runId, Run run, Diagnosis diagnosis, CancellationToken cancellationToken)
    {
        if (diagnosis.Onset is null)
        {
            return null;
        }

        var framework = FrameworkOf(run);
        var key = MemoryPatterns.KeyOf(diagnosis);
        var known = await repository.GetAsync(framework, key, cancellationToken);
        if (known?.ExampleRunIds.Contains(runId) == true)
        {
            // A redelivered message or a re-analysed run must not count twice.
            return null;
        }

        var weight = diagnosis.Confidence * (diagnosis.Method == HeuristicLocalizer.MethodName ? HeuristicWeight : 1);
        var entry = new MemoryEntry
        {
            Framework = framework,
            Key = key,
            Pattern = MemoryPatterns.PatternOf(diagnosis),
            Advice = MemoryPatterns.HintOf(diagnosis.Category),
            Relevance = Math.Round((known?.Relevance ?? 0) + weight, 3),
            Occurrences = (known?.Occurrences ?? 0) + 1,
            ExampleRunIds = [.. (known?.ExampleRunIds ?? []).Append(runId).TakeLast(MaxExamples)],
            UpdatedAt = clock.GetUtcNow(),
        };
        await repository.UpsertAsync(entry, cancellationToken);
        return entry;
    }
}
