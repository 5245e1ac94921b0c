using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CodeTracer.Hosting.Health;

/// <summary>
/// Liveness (<c>/healthz</c>, alias <c>/alive</c>): the process answers. Readiness (<c>/readyz</c>, alias
/// <c>/health</c>): every registered check passes, including MassTransit's bus check, so Kubernetes only
/// routes to a pod whose bus is connected.
/// </summary>
public static class HealthEndpoints
{
    private const string LiveTag = "live";

    public static IServiceCollection AddCodeTracerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCodeTracerHealth(this IEndpointRouteBuilder endpoints)
    {
        var live = new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) };
        endpoints.MapHealthChecks("/healthz", live);
        endpoints.MapHealthChecks("/alive", live);
        endpoints.MapHealthChecks("/readyz");
        endpoints.MapHealthChecks("/health");
        return endpoints;
    }
}
