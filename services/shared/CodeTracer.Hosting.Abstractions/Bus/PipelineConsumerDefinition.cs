using MassTransit;

namespace CodeTracer.Hosting.Bus;

/// <summary>
/// What every pipeline consumer's endpoint shares (compare MassTransit's ConvertVideoJobConsumerDefinition):
/// exponential retries, then the <c>_error</c> queue; an in-memory outbox so events leave only when the
/// consumer succeeds; and the concurrency and prefetch the deployment configured.
/// </summary>
public abstract class PipelineConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    private readonly BusOptions _options;

    protected PipelineConsumerDefinition(BusOptions options)
    {
        _options = options;
        ConcurrentMessageLimit = options.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = _options.PrefetchCount;
        // Retry outside the outbox: each attempt starts with an empty outbox, so a failed attempt publishes nothing.
        endpointConfigurator.UseMessageRetry(retry => retry.Exponential(
            _options.RetryLimit, _options.RetryMinInterval, _options.RetryMaxInterval, _options.RetryMinInterval));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
