using CodeTracer.Contracts.Messages;
using MassTransit;
using RabbitMQ.Client;

namespace CodeTracer.Hosting.Bus;

public static class FailureTopicsRegistration
{
    /// <summary>Publishes the failure events to named topic exchanges with routing keys (see <see cref="FailureTopics"/>).</summary>
    public static void UseFailureTopics(this IRabbitMqBusFactoryConfigurator rabbit)
    {
        rabbit.Message<FailureLocalized>(m => m.SetEntityName(FailureTopics.FailureLocalizedExchange));
        rabbit.Publish<FailureLocalized>(p => p.ExchangeType = ExchangeType.Topic);
        rabbit.Send<FailureLocalized>(s => s.UseRoutingKeyFormatter(c => FailureTopics.RoutingKey(c.Message)));
        rabbit.Message<FailureSuspected>(m => m.SetEntityName(FailureTopics.FailureSuspectedExchange));
        rabbit.Publish<FailureSuspected>(p => p.ExchangeType = ExchangeType.Topic);
        rabbit.Send<FailureSuspected>(s => s.UseRoutingKeyFormatter(c => FailureTopics.RoutingKey(c.Message)));
    }
}
