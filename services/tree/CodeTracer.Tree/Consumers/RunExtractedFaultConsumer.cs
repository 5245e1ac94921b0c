using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Storage.Runs;
using MassTransit;

namespace CodeTracer.Tree.Consumers;

/// <summary>A run whose tree could not be built after retries is rejected at the tree stage, so the user hears of it.</summary>
public sealed class RunExtractedFaultConsumer(IRunRepository runs) : IConsumer<Fault<RunExtracted>>
{
    public async Task Consume(ConsumeContext<Fault<RunExtracted>> context)
    {
        var extracted = context.Message.Message;
        var error = context.Message.Exceptions.FirstOrDefault()?.Message ?? "unknown error";
        await runs.AdvanceAsync(extracted.RunId, RunRecordStatus.Rejected, context.CancellationToken);
        PipelineMetrics.RecordRunProcessed("tree", "faulted");
        await context.Publish(
            new RunRejected(extracted.RunId, extracted.ContentHash, SchemaVersions.Current, PipelineStage.Tree, $"building the trace tree failed after retries: {error}"),
            context.CancellationToken);
    }
}
