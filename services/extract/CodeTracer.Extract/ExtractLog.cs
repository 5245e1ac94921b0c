using Microsoft.Extensions.Logging;

namespace CodeTracer.Extract;

/// <summary>The extract service's log lines, source-generated so they cost nothing when the level is off.</summary>
internal static partial class ExtractLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Extracted {RunId}: {Format}, {StepCount} steps")]
    public static partial void Extracted(ILogger logger, string runId, string format, int stepCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Rejected {RunId}: {Reason}")]
    public static partial void Rejected(ILogger logger, string runId, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Extraction of {RunId} faulted after retries: {Error}")]
    public static partial void Faulted(ILogger logger, string runId, string error);
}
