using CodeTracer.Hosting.Bus;
using CodeTracer.Hosting.Health;
using CodeTracer.Hosting.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;

namespace CodeTracer.Hosting;

/// <summary>The wiring every CodeTracer host shares (compare eShop's ServiceDefaults): bus, telemetry, health.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddCodeTracerHosting(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> addConsumers)
    {
        builder.Services.AddCodeTracerBus(builder.Configuration, addConsumers);
        builder.Services.AddCodeTracerTelemetry(builder.Configuration, serviceName);
        builder.Services.AddCodeTracerHealthChecks();
        return builder;
    }
}
