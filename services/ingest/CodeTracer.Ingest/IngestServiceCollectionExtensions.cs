using System.Text.Json;
using System.Text.Json.Serialization;
using CodeTracer.Ingest.Security;
using CodeTracer.Ingest.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CodeTracer.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingest API's services: options from <see cref="IngestOptions.Section"/>, problem details,
    /// snake_case JSON (the same names as the CLI's <c>--json</c>) and the OpenAPI document. Storage and the bus
    /// come from the host (<c>AddCodeTracerHosting</c>), so the ingest host and <c>codetracer serve</c> share them.
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>()
            .Bind(configuration.GetSection(IngestOptions.Section))
            .Validate(o => o.MaxUploadBytes > 0, $"{IngestOptions.Section}:MaxUploadBytes must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.HeaderName), $"{IngestOptions.Section}:HeaderName must name a header.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RunSubmitter>();
        services.AddSingleton<ApiKeyFilter>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            // Trace trees nest one level per state change; the default depth of 64 made GET /tree answer 500 for long runs.
            json.SerializerOptions.MaxDepth = 1000;
        });
        services.AddOpenApi();
        return services;
    }
}
