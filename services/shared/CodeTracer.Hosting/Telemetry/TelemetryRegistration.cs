using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CodeTracer.Hosting.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>
    /// Traces and metrics for CodeTracer, MassTransit, ASP.NET Core and HttpClient. The OTLP exporter is added only
    /// when an endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT), so a laptop run exports nothing and waits on nothing.
    /// </summary>
    public static IServiceCollection AddCodeTracerTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(CodeTracerTelemetry.SourceName, CodeTracerTelemetry.MassTransitSourceName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CodeTracerTelemetry.SourceName, CodeTracerTelemetry.MassTransitSourceName)
                    .AddAspNetCoreInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
