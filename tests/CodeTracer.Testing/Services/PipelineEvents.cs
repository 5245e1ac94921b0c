using System.Collections.Concurrent;
using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Bus;
using MassTransit;

namespace CodeTracer.Testing.Services;

/// <summary>
/// A bus of the test's own on the topology's virtual host that records what the services announce. It binds
/// the failure topics exactly as an outside subscriber would (<see cref="FailureTopicsRegistration.UseFailureTopics"/>
/// plus a <c>#</c> binding), so the tests also check the documented exchanges. Its queues are durable: events
/// published while a broker restart has it disconnected wait for it.
/// </summary>
public sealed class PipelineEvents : IAsyncDisposable
{
    private readonly ConcurrentQueue<(DateTimeOffset At, object Message)> _seen = new();
    private IBusControl? _bus;

    public static async Task<PipelineEvents> StartAsync(string virtualHost)
    {
        var events = new PipelineEvents();
        events._bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(Broker.Host, Broker.Port, virtualHost, host =>
            {
                host.Username("guest");
                host.Password("guest");
            });
            rabbit.UseFailureTopics();
            rabbit.ReceiveEndpoint("observer-failure-localized", endpoint =>
            {
                FailureTopics.SubscribeAll(endpoint, FailureTopics.FailureLocalizedExchange);
                endpoint.Handler<FailureLocalized>(context => events.Record(context.Message));
            });
            rabbit.ReceiveEndpoint("observer-failure-suspected", endpoint =>
            {
                FailureTopics.SubscribeAll(endpoint, FailureTopics.FailureSuspectedExchange);
                endpoint.Handler<FailureSuspected>(context => events.Record(context.Message));
            });
            rabbit.ReceiveEndpoint("observer-pipeline", endpoint =>
            {
                endpoint.Handler<RunExtracted>(context => events.Record(context.Message));
                endpoint.Handler<RunRejected>(context => events.Record(context.Message));
            });
        });
        await events._bus.StartAsync();
        return events;
    }

    public IReadOnlyList<T> Of<T>() => [.. _seen.Select(e => e.Message).OfType<T>()];

    /// <summary>When each event of the type arrived here, for latency figures.</summary>
    public IReadOnlyList<(DateTimeOffset At, T Message)> Timed<T>() =>
        [.. _seen.Where(e => e.Message is T).Select(e => (e.At, (T)e.Message))];

    /// <summary>The first recorded event that matches, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Of<T>().FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no {typeof(T).Name} matching within {timeout}; seen: {string.Join(", ", _seen.Select(e => e.Message))}");
    }

    /// <summary>Publishes as any CodeTracer service would, e.g. a RunSubmitted that ingest never made.</summary>
    public Task PublishAsync<T>(T message) where T : class => _bus!.Publish(message);

    public async ValueTask DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }
    }

    private Task Record(object message)
    {
        _seen.Enqueue((DateTimeOffset.UtcNow, message));
        return Task.CompletedTask;
    }
}
