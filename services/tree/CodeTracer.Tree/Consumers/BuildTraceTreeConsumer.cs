using CodeTracer.Contracts.Messages;
using CodeTracer.Hosting.Telemetry;
using CodeTracer.Storage.Runs;
using CodeTracer.Storage.Trees;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace CodeTracer.Tree.Consumers;

/// <summary>
/// Builds and stores the trace tree of an extracted run. Building is a pure function of the stored run and the
/// store replaces a run's tree, so a redelivered message stores the same tree once.
/// </summary>
public sealed class BuildTraceTreeConsumer(IRunRepository runs, ITreeRepository trees, ILogger<BuildTraceTreeConsumer> logger)
    : IConsumer<RunExtracted>
{
    public async Task Consume(ConsumeContext<RunExtracted> context)
    {
        PipelineMetrics.RecordQueueLag(context, "tree");
        var message = context.Message;
        var run = await runs.GetRunAsync(message.RunId, context.CancellationToken)
            ?? throw new InvalidOperationException($"{message.RunId} was announced as extracted but its run is not in the store");
        var tree = TraceTreeBuilder.Build(run);
        await trees.SaveAsync(message.RunId, message.ContentHash, tree, context.CancellationToken);
        await runs.AdvanceAsync(message.RunId, RunRecordStatus.TreeBuilt, context.CancellationToken);
        var built = new TraceTreeBuilt(message.RunId, message.ContentHash, SchemaVersions.Current, tree.Stages.Count, tree.ExploreCount, tree.ChangeCount);
        TreeLog.Built(logger, message.RunId, built.StageCount, built.ExploreCount, built.ChangeCount);
        PipelineMetrics.RecordRunProcessed("tree", "built");
        await context.Publish(built, context.CancellationToken);
    }
}
