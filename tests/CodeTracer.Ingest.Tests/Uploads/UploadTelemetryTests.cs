using System.Collections.Concurrent;
using System.Diagnostics;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Ingest.Tests.Support;

namespace CodeTracer.Ingest.Tests.Uploads;

public sealed class UploadTelemetryTests : IDisposable
{
    private readonly IngestApp _app = new();
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public UploadTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is CodeTracerTelemetry.SourceName or CodeTracerTelemetry.MassTransitSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task AnUploadIsOneIngestActivityTaggedWithTheRunThatParentsThePublish()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("telemetry " + Guid.NewGuid());

        await _app.CreateClient().PostAsync("/v1/runs", Bodies.Raw(bytes));

        var ingest = Assert.Single(_stopped, a => a.OperationName == "ingest run" && (string?)a.GetTagItem("codetracer.run_id") == Bodies.RunIdOf(bytes));
        Assert.Equal(Bodies.Sha256(bytes), ingest.GetTagItem("codetracer.content_hash"));
        Assert.Contains(_stopped, a => a.Source.Name == CodeTracerTelemetry.MassTransitSourceName && a.ParentSpanId == ingest.SpanId);
    }
}
