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

    /// <summary>Redeliveries of a failing message before it moves to its <c>_error</c> queue (and its Fault is published).</summary>
    public int RetryLimit { get; set; } = 5;

    /// <summary>The first retry's delay; each next one grows by as much again, up to <see cref="RetryMaxInterval"/>.</summary>
    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(30);
}
