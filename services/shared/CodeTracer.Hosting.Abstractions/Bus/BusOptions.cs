namespace CodeTracer.Hosting.Bus;

/// <summary>Which transport the services talk over; bound from the <c>CodeTracer:Bus</c> configuration section.</summary>
public sealed class BusOptions
{
    public const string Section = "CodeTracer:Bus";

    /// <summary><c>InMemory</c> (one process: <c>codetracer serve</c>, tests) or <c>RabbitMq</c>.</summary>
    public BusTransport Transport { get; set; } = BusTransport.InMemory;

    public string RabbitMqHost { get; set; } = "localhost";

    public ushort RabbitMqPort { get; set; } = 5672;

    public string RabbitMqVirtualHost { get; set; } = "/";

    public string RabbitMqUsername { get; set; } = "guest";

    public string RabbitMqPassword { get; set; } = "guest";

    /// <summary>Messages a consumer fetches ahead; small by default so scaled-out workers share the queue fairly.</summary>
    public int PrefetchCount { get; set; } = 8;

    /// <summary>Messages one process handles at once.</summary>
    public int ConcurrentMessageLimit { get; set; } = 2;
}
