using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CodeTracer.Hosting.Telemetry;

/// <summary>
/// The names under which CodeTracer emits traces and metrics. MassTransit's own source carries the trace
/// across RabbitMQ (it propagates the W3C context in message headers), so one run is one trace from upload
/// to diagnosis.
/// </summary>
public static class CodeTracerTelemetry
{
    public const string SourceName = "CodeTracer";

    /// <summary>The ActivitySource MassTransit publishes under.</summary>
    public const string MassTransitSourceName = "MassTransit";

    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    public static readonly Counter<long> RunsProcessed = Meter.CreateCounter<long>("codetracer.runs", "{run}", "Runs that finished a pipeline stage.");

    public static readonly Counter<long> StepsExtracted = Meter.CreateCounter<long>("codetracer.steps", "{step}", "Steps extracted from runs.");

    public static readonly Histogram<double> QueueLag = Meter.CreateHistogram<double>("codetracer.queue.lag", "s", "Time between a message being sent and a consumer starting on it.");

    public static readonly Histogram<double> DiagnosisLatency = Meter.CreateHistogram<double>("codetracer.diagnosis.latency", "s", "Time from upload to diagnosis.");
}
