using CodeTracer.Contracts.Messages;
using MassTransit;
using RabbitMQ.Client;

namespace CodeTracer.Hosting.Bus;

/// <summary>
/// The RabbitMQ topic exchanges failure events are published to, so systems outside CodeTracer can bind a queue
/// with a pattern (e.g. <c>failed.#</c>) instead of learning MassTransit's type-named exchanges. Documented in
/// the README ("Failure events for other systems").
/// </summary>
public static class FailureTopics
{
    public const string FailureLocalizedExchange = "codetracer.failure-localized";

    public const string FailureSuspectedExchange = "codetracer.failure-suspected";

    /// <summary><c>&lt;outcome&gt;.&lt;method&gt;</c>, e.g. <c>failed.heuristic</c>.</summary>
    public static string RoutingKey(FailureLocalized message) =>
        $"{message.Outcome.ToString().ToLowerInvariant()}.{message.Method}";

    /// <summary>The detector's signal, e.g. <c>retried-command</c>.</summary>
    public static string RoutingKey(FailureSuspected message) => message.Signal;

    /// <summary>
    /// A CodeTracer consumer of a topic-published event binds with <c>#</c> itself: MassTransit's default binding
    /// uses an empty routing key, which a topic exchange matches only for an empty key. In-memory: nothing to do.
    /// </summary>
    public static void SubscribeAll(IReceiveEndpointConfigurator endpoint, string exchange)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.ConfigureConsumeTopology = false;
            rabbit.Bind(exchange, binding =>
            {
                binding.ExchangeType = ExchangeType.Topic;
                binding.RoutingKey = "#";
            });
        }
    }
}
