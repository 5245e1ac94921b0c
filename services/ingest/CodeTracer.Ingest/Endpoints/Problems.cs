using Microsoft.AspNetCore.Http;

namespace CodeTracer.Ingest.Endpoints;

/// <summary>The problem+json answers the API gives, each with a detail a user can act on.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used", extensions: extensions);

    public static IResult Unauthorized(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "An API key is required");

    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult TooLarge(long limit) =>
        Results.Problem(
            $"The body is larger than the limit of {limit} bytes ({limit / (1024 * 1024)} MiB). Upload a smaller artifact or raise CodeTracer:Ingest:MaxUploadBytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Upload too large",
            extensions: new Dictionary<string, object?> { ["max_upload_bytes"] = limit });
}
