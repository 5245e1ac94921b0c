using CodeTracer.Hosting.Bus;
using CodeTracer.Hosting.Health;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Storage;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CodeTracer.Hosting;

/// <summary>The wiring every CodeTracer host shares (compare eShop's ServiceDefaults): bus, storage, telemetry, health.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddCodeTracerHosting(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> addConsumers)
    {
        builder.Services.AddCodeTracerBus(builder.Configuration, addConsumers);
        builder.Services.AddCodeTracerStorage(builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions());
        builder.Services.AddCodeTracerTelemetry(builder.Configuration, serviceName);
        builder.Services.AddCodeTracerHealthChecks();
        return builder;
    }
}
