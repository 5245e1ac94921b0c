using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CodeTracer.Hosting.Bus;

/// <summary>
/// One place that chooses the transport, so the workers, <c>codetracer serve</c> and the end-to-end tests all
/// register consumers the same way (each service's <c>AddX()</c>) and differ only in configuration.
/// </summary>
public static class BusRegistration
{
    public static IServiceCollection AddCodeTracerBus(
        this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        services.AddSingleton(options);
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers(bus);
            if (options.Transport == BusTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(options.RabbitMqHost, options.RabbitMqPort, options.RabbitMqVirtualHost, host =>
                    {
                        host.Username(options.RabbitMqUsername);
                        host.Password(options.RabbitMqPassword);
                    });
                    rabbit.PrefetchCount = options.PrefetchCount;
                    rabbit.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                    rabbit.UseFailureTopics();
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) =>
                {
                    memory.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                    memory.ConfigureEndpoints(context);
                });
            }
        });
        return services;
    }
}
