using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Localize.Llm;
using CodeTracer.Storage.Diagnoses;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Trees;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CodeTracer.Localize.Consumers;

/// <summary>
/// Diagnoses a run once its tree is built. The store keeps one diagnosis per run, so a redelivered message stores
/// one diagnosis (the heuristics are a pure function of run and tree; an LLM's answer may differ, the last one stands).
/// </summary>
public sealed class LocalizeFailureConsumer(
    IRunRepository runs, ITreeRepository trees, IDiagnosisRepository diagnoses, Diagnoser diagnoser, TimeProvider clock,
    ILogger<LocalizeFailureConsumer> logger) : IConsumer<TraceTreeBuilt>
{
    public async Task Consume(ConsumeContext<TraceTreeBuilt> context)
    {
        PipelineMetrics.RecordQueueLag(context, "localize");
        var (message, ct) = (context.Message, context.CancellationToken);
        var run = await runs.GetRunAsync(message.RunId, ct) ?? throw new InvalidOperationException($"{message.RunId} has no stored run");
        var tree = await trees.GetAsync(message.RunId, ct) ?? throw new InvalidOperationException($"{message.RunId} has no stored tree");
        var diagnosis = await diagnoser.DiagnoseAsync(message.RunId, run, tree, ct);
        await diagnoses.SaveAsync(message.RunId, message.ContentHash, diagnosis, ct);
        await runs.AdvanceAsync(message.RunId, RunRecordStatus.Localized, ct);
        if (await runs.GetAsync(message.RunId, ct) is { } record)
        {
            // The record is created when the upload is accepted, so its age is the time from upload to diagnosis.
            CodeTracerTelemetry.DiagnosisLatency.Record(Math.Max(0, (clock.GetUtcNow() - record.CreatedAt).TotalSeconds));
        }

        LocalizeLog.Localized(logger, message.RunId, diagnosis.Onset?.Step, diagnosis.Confidence);
        PipelineMetrics.RecordRunProcessed("localize", diagnosis.Onset is null ? "no-onset" : "onset");
        await context.Publish(
            new FailureLocalized(message.RunId, message.ContentHash, SchemaVersions.Current, diagnosis.Onset, diagnosis.Incorrect,
                diagnosis.Confidence, diagnosis.Method, diagnosis.Reason, run.Outcome.Status),
            ct);
    }
}
