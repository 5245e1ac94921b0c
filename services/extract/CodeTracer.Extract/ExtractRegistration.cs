using CodeTracer.Extract.Consumers;
using CodeTracer.Extract.Input.Archives;
using CodeTracer.Extract.Uploads;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CodeTracer.Extract;

/// <summary>The extract service's one registration, called by its worker, <c>codetracer serve</c> and the tests.</summary>
public static class ExtractRegistration
{
    public static IBusRegistrationConfigurator AddExtract(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(TimeProvider.System);
        bus.TryAddSingleton(ArchiveLimits.Default);
        bus.TryAddSingleton(sp => new RunReader(BuiltInFormats.Registry()) { ArchiveLimits = sp.GetRequiredService<ArchiveLimits>() });
        bus.TryAddSingleton<UploadReader>();
        bus.TryAddSingleton<UploadExtraction>();
        bus.AddConsumer<ExtractRunConsumer, ExtractRunConsumerDefinition>();
        bus.AddConsumer<RunSubmittedFaultConsumer, RunSubmittedFaultConsumerDefinition>();
        return bus;
    }
}
