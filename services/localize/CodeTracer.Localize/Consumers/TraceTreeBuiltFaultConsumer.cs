using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Storage.Runs;
using MassTransit;

namespace CodeTracer.Localize.Consumers;

/// <summary>A run that could not be diagnosed after retries is rejected at the localize stage, so the user hears of it.</summary>
public sealed class TraceTreeBuiltFaultConsumer(IRunRepository runs) : IConsumer<Fault<TraceTreeBuilt>>
{
    public async Task Consume(ConsumeContext<Fault<TraceTreeBuilt>> context)
    {
        var built = context.Message.Message;
        var error = context.Message.Exceptions.FirstOrDefault()?.Message ?? "unknown error";
        await runs.AdvanceAsync(built.RunId, RunRecordStatus.Rejected, context.CancellationToken);
        PipelineMetrics.RecordRunProcessed("localize", "faulted");
        await context.Publish(
            new RunRejected(built.RunId, built.ContentHash, SchemaVersions.Current, PipelineStage.Localize, $"localizing the failure failed after retries: {error}"),
            context.CancellationToken);
    }
}
