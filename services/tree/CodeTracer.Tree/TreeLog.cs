using Microsoft.Extensions.Logging;

namespace CodeTracer.Tree;

/// <summary>The tree service's log lines, source-generated.</summary>
internal static partial class TreeLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Built the tree of {RunId}: {StageCount} stages, {ExploreCount} explore, {ChangeCount} change")]
    public static partial void Built(ILogger logger, string runId, int stageCount, int exploreCount, int changeCount);
}
