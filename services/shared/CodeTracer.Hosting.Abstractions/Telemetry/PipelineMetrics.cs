using System.Diagnostics;
using MassTransit;

namespace CodeTracer.Hosting.Telemetry;

/// <summary>The measurements every pipeline consumer takes, tagged by stage so one dashboard covers all of them.</summary>
public static class PipelineMetrics
{
    public static void RecordQueueLag(ConsumeContext context, string stage)
    {
        if (context.SentTime is { } sent)
        {
            var lag = (DateTime.UtcNow - sent.ToUniversalTime()).TotalSeconds;
            CodeTracerTelemetry.QueueLag.Record(Math.Max(0, lag), new TagList { { "stage", stage } });
        }
    }

    public static void RecordRunProcessed(string stage, string outcome) =>
        CodeTracerTelemetry.RunsProcessed.Add(1, new TagList { { "stage", stage }, { "outcome", outcome } });
}
