namespace CodeTracer.Hosting.Bus;

public enum BusTransport
{
    InMemory,
    RabbitMq,
}
