using CodeTracer.Contracts.Diagnoses;
using CodeTracer.Contracts.Runs;
using CodeTracer.Contracts.Trees;
using CodeTracer.Ingest.Endpoints;
using CodeTracer.Ingest.LiveSteps;
using CodeTracer.Ingest.Security;
using CodeTracer.Ingest.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CodeTracer.Ingest;

public static class IngestEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the /v1 API (upload, live steps, runs, trees, diagnoses, steps) behind the API key filter. Health and
    /// the OpenAPI document are mapped by the host, outside this group, so they stay open.
    /// </summary>
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/v1/runs").WithTags("runs").AddEndpointFilter<ApiKeyFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        v1.MapPost("/", UploadEndpoint.HandleAsync)
            .WithName("UploadRun")
            .WithSummary("Upload a run's artifact (multipart field 'file', or the raw body with ?name=)")
            .Accepts<Stream>("application/octet-stream", "multipart/form-data", "application/zip", "application/gzip")
            .Produces<RunResponse>(StatusCodes.Status201Created)
            .Produces<RunResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        v1.MapPost("/{id}/steps", StepsEndpoint.HandleAsync)
            .WithName("AppendLiveSteps")
            .WithSummary("Append live steps as NDJSON: step objects or Claude Code stream-json lines")
            .Accepts<Stream>("application/x-ndjson")
            .Produces<StepsResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        v1.MapGet("/", RunsEndpoints.ListAsync).WithName("ListRuns").Produces<RunListResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        v1.MapGet("/{id}", RunsEndpoints.GetAsync).WithName("GetRun").Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/{id}/tree", RunsEndpoints.GetTreeAsync).WithName("GetTree").Produces<TraceTree>().ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/{id}/diagnosis", RunsEndpoints.GetDiagnosisAsync).WithName("GetDiagnosis").Produces<Diagnosis>().ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/{id}/steps/{n:int}", RunsEndpoints.GetStepAsync).WithName("GetStep").Produces<Step>().ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
