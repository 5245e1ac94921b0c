using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Storage.Runs;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CodeTracer.Extract.Consumers;

/// <summary>
/// A submitted run whose extraction kept failing has gone to the <c>_error</c> queue; this tells the user, so a
/// poison message is both kept for operators and never silent.
/// </summary>
public sealed class RunSubmittedFaultConsumer(IRunRepository runs, ILogger<RunSubmittedFaultConsumer> logger) : IConsumer<Fault<RunSubmitted>>
{
    public async Task Consume(ConsumeContext<Fault<RunSubmitted>> context)
    {
        var submitted = context.Message.Message;
        var error = context.Message.Exceptions.FirstOrDefault()?.Message ?? "unknown error";
        var reason = $"{submitted.FileName}: extraction failed after retries: {error}";
        ExtractLog.Faulted(logger, submitted.RunId, error);
        await runs.AdvanceAsync(submitted.RunId, RunRecordStatus.Rejected, context.CancellationToken);
        PipelineMetrics.RecordRunProcessed("extract", "faulted");
        await context.Publish(
            new RunRejected(submitted.RunId, submitted.ContentHash, SchemaVersions.Current, PipelineStage.Extract, reason),
            context.CancellationToken);
    }
}
