using CodeTracer.Hosting.Bus;
using MassTransit;

namespace CodeTracer.Localize.Notifications;

/// <summary>The sender retries the POST itself; the bus retries only what the sender cannot (e.g. the dead-letter store being down).</summary>
public sealed class FailureWebhookConsumerDefinition(BusOptions options) : PipelineConsumerDefinition<FailureWebhookConsumer>(options)
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<FailureWebhookConsumer> consumerConfigurator, IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);
        FailureTopics.SubscribeAll(endpointConfigurator, FailureTopics.FailureLocalizedExchange);
    }
}
