using CodeTracer.Storage;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Trees;
using Microsoft.AspNetCore.Http;

namespace CodeTracer.Ingest.Endpoints;

/// <summary>The read side: runs, their trees, diagnoses and single steps, straight from the stores.</summary>
internal static class RunsEndpoints
{
    public const int DefaultTake = 50;

    public static async Task<IResult> ListAsync(int? skip, int? take, IRunRepository runs, CancellationToken cancellationToken)
    {
        if (skip < 0 || take is < 1 or > Page<RunRecord>.MaxTake)
        {
            return Problems.BadRequest($"skip must be 0 or more and take between 1 and {Page<RunRecord>.MaxTake}.");
        }

        var (from, count) = (skip ?? 0, take ?? DefaultTake);
        var page = await runs.ListAsync(from, count, cancellationToken);
        return Results.Ok(new RunListResponse([.. page.Items.Select(RunResponse.From)], page.Total, from, count));
    }

    public static async Task<IResult> GetAsync(string id, IRunRepository runs, IStepRepository steps, CancellationToken cancellationToken)
    {
        if (await runs.GetAsync(id, cancellationToken) is { } record)
        {
            return Results.Ok(RunResponse.From(record));
        }

        var last = await steps.LastSequenceAsync(id, cancellationToken);
        return last > 0 ? Results.Ok(RunResponse.LiveRun(id, last)) : NoRun(id);
    }

    public static async Task<IResult> GetTreeAsync(string id, ITreeRepository trees, IRunRepository runs, CancellationToken cancellationToken) =>
        await trees.GetAsync(id, cancellationToken) is { } tree
            ? Results.Ok(tree)
            : await NotYetAsync(id, "trace tree", runs, cancellationToken);

    public static async Task<IResult> GetDiagnosisAsync(string id, IDiagnosisRepository diagnoses, IRunRepository runs, CancellationToken cancellationToken) =>
        await diagnoses.GetAsync(id, cancellationToken) is { } diagnosis
            ? Results.Ok(diagnosis)
            : await NotYetAsync(id, "diagnosis", runs, cancellationToken);

    /// <summary>Live steps first (they are stored one by one); an uploaded run's steps live in its extracted run model.</summary>
    public static async Task<IResult> GetStepAsync(string id, int n, IStepRepository steps, IRunRepository runs, CancellationToken cancellationToken)
    {
        if (await steps.GetAsync(id, n, cancellationToken) is { } live)
        {
            return Results.Ok(live);
        }

        var run = await runs.GetRunAsync(id, cancellationToken);
        if (run?.Steps.FirstOrDefault(s => s.Id == n) is { } step)
        {
            return Results.Ok(step);
        }

        return run is null && await runs.GetAsync(id, cancellationToken) is null && await steps.LastSequenceAsync(id, cancellationToken) == 0
            ? NoRun(id)
            : Problems.NotFound($"Run {id} has no step {n}. Steps are numbered from 1; GET /v1/runs/{id} tells how far the run has got.");
    }

    private static async Task<IResult> NotYetAsync(string id, string what, IRunRepository runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(id, cancellationToken) is { } record
            ? Problems.NotFound($"Run {id} has no {what} yet (status: {RunResponse.From(record).Status}). It appears once the pipeline gets there; try again later.")
            : NoRun(id);

    private static IResult NoRun(string id) =>
        Problems.NotFound($"No run has the id {id}. Upload one with POST /v1/runs, or list them with GET /v1/runs.");
}
