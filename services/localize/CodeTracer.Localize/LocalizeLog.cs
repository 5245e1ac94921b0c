using Microsoft.Extensions.Logging;

namespace CodeTracer.Localize;

/// <summary>The localize service's log lines, source-generated.</summary>
internal static partial class LocalizeLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Localized {RunId}: onset {Onset}, confidence {Confidence}")]
    public static partial void Localized(ILogger logger, string runId, int? onset, double confidence);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Webhook for {RunId} failed {Attempts} time(s), stored as a dead letter: {Error}")]
    public static partial void WebhookDeadLettered(ILogger logger, string runId, int attempts, string error);
}
