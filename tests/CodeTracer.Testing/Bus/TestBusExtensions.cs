using CodeTracer.Hosting.Bus;
using CodeTracer.Storage;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CodeTracer.Testing.Bus;

/// <summary>
/// The one test bus (compare MassTransit's LibraryTestConfigurationExtensions): the service's own <c>AddX()</c>
/// over MassTransit's in-memory test harness, the embedded SQLite store in a temp folder, and retries short
/// enough that a poison message faults within the test.
/// </summary>
public static class TestBusExtensions
{
    public static IServiceCollection AddCodeTracerTestBus(
        this IServiceCollection services, Action<IBusRegistrationConfigurator> addConsumers, string dataFolder,
        IReadOnlyDictionary<string, string?>? configuration = null)
    {
        services.TryAddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(new BusOptions
        {
            RetryLimit = 2,
            RetryMinInterval = TimeSpan.FromMilliseconds(10),
            RetryMaxInterval = TimeSpan.FromMilliseconds(50),
        });
        services.AddCodeTracerStorage(new StorageOptions
        {
            SqlitePath = Path.Combine(dataFolder, "codetracer.db"),
            BlobRoot = Path.Combine(dataFolder, "blobs"),
        });
        services.AddMassTransitTestHarness(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            addConsumers(bus);
        });
        return services;
    }
}
