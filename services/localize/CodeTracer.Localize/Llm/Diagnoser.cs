using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Localize.Heuristics;
using CodeTracer.Localize.Memory;
using Microsoft.Extensions.Options;

namespace CodeTracer.Localize.Llm;

/// <summary>
/// Chooses the method: the heuristics always run (their findings are the LLM's starting point and its fallback),
/// the LLM runs when an endpoint is configured, and the result is remembered for the run's agent.
/// </summary>
public sealed class Diagnoser(HeuristicLocalizer heuristics, IOptions<LlmOptions> options, LlmDiagnoser llm, DiagnosisMemory memory)
{
    public Task<Diagnosis> DiagnoseAsync(string runId, Run run, TraceTree tree, CancellationToken cancellationToken) =>
        DiagnoseAsync(runId, run, tree, heuristics.Localize(run, tree), cancellationToken);

    /// <summary>The same, starting from a heuristic diagnosis the caller already has (analyze computes one per run).</summary>
    public async Task<Diagnosis> DiagnoseAsync(string runId, Run run, TraceTree tree, Diagnosis heuristic, CancellationToken cancellationToken)
    {
        var diagnosis = heuristic;
        if (options.Value.IsConfigured)
        {
            var recalled = await memory.RecallAsync(run, options.Value.MemoryEntries, cancellationToken);
            diagnosis = await llm.DiagnoseAsync(run, tree, diagnosis, recalled, cancellationToken);
        }

        await memory.RecordAsync(runId, run, diagnosis, cancellationToken);
        return diagnosis;
    }
}
