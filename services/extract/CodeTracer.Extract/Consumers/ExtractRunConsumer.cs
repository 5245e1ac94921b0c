using CodeTracer.Contracts.Messages;
using CodeTracer.Extract.Uploads;
using CodeTracer.Hosting.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CodeTracer.Extract.Consumers;

/// <summary>Reads a submitted upload into a stored run and announces it, or tells the user why it cannot.</summary>
public sealed class ExtractRunConsumer(UploadExtraction extraction, ILogger<ExtractRunConsumer> logger) : IConsumer<RunSubmitted>
{
    public async Task Consume(ConsumeContext<RunSubmitted> context)
    {
        PipelineMetrics.RecordQueueLag(context, "extract");
        var message = context.Message;
        var outcome = await extraction.ExtractAsync(message, context.CancellationToken);
        if (outcome.Rejected is { } rejected)
        {
            ExtractLog.Rejected(logger, message.RunId, rejected.Reason);
            PipelineMetrics.RecordRunProcessed("extract", "rejected");
            await context.Publish(rejected, context.CancellationToken);
            return;
        }

        var extracted = outcome.Extracted!;
        ExtractLog.Extracted(logger, message.RunId, extracted.Format, extracted.StepCount);
        PipelineMetrics.RecordRunProcessed("extract", "extracted");
        CodeTracerTelemetry.StepsExtracted.Add(extracted.StepCount);
        await context.Publish(extracted, context.CancellationToken);
    }
}
