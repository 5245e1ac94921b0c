using CodeTracer.Tree.Consumers;
using MassTransit;

namespace CodeTracer.Tree;

/// <summary>The tree service's one registration, called by its worker, <c>codetracer serve</c> and the tests.</summary>
public static class TreeRegistration
{
    public static IBusRegistrationConfigurator AddTree(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<BuildTraceTreeConsumer, BuildTraceTreeConsumerDefinition>();
        bus.AddConsumer<RunExtractedFaultConsumer, RunExtractedFaultConsumerDefinition>();
        return bus;
    }
}
