using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Localize.Live;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Signals;
using MassTransit;

namespace CodeTracer.Localize.Consumers;

/// <summary>
/// Runs the online detectors over a live run each time steps are appended and announces each new sign once:
/// the store remembers (run, signal, step), so overlapping or redelivered batches announce nothing twice.
/// </summary>
public sealed class DetectLiveFailureConsumer(IStepRepository steps, ISuspectedFailureRepository suspicions, LiveDetectors detectors, TimeProvider clock)
    : IConsumer<StepsAppended>
{
    public async Task Consume(ConsumeContext<StepsAppended> context)
    {
        PipelineMetrics.RecordQueueLag(context, "live");
        var (message, ct) = (context.Message, context.CancellationToken);
        var history = await steps.ReadAsync(message.RunId, 1, ct);
        foreach (var signal in detectors.Detect(history))
        {
            var suspicion = new SuspectedFailure
            {
                RunId = message.RunId, StepId = signal.StepId, Signal = signal.Signal, Detail = signal.Detail,
                Confidence = signal.Confidence, DetectedAt = clock.GetUtcNow(),
            };
            if (await suspicions.TryAddAsync(suspicion, ct))
            {
                await context.Publish(
                    new FailureSuspected(message.RunId, SchemaVersions.Current, signal.StepId, signal.Signal, signal.Detail, signal.Confidence), ct);
            }
        }
    }
}
