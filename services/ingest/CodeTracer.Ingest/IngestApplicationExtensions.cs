using Microsoft.AspNetCore.Builder;

namespace CodeTracer.Ingest;

public static class IngestApplicationExtensions
{
    /// <summary>
    /// Everything the ingest API needs on the application: problem+json for unhandled errors and bare status codes,
    /// the /v1 endpoints and the OpenAPI document. The ingest host and <c>codetracer serve</c> both call this.
    /// </summary>
    public static WebApplication UseIngest(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapIngestApi();
        app.MapOpenApi();
        return app;
    }
}
