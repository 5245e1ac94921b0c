using System.Text.Json;
using System.Text.Json.Serialization;
using CodeTracer.Contracts.Messages;
using CodeTracer.Storage.Notifications;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodeTracer.Localize.Notifications;

/// <summary>
/// Forwards each diagnosis to the configured webhook. What cannot be delivered after every attempt is stored
/// as a dead letter with its body and last error, so nothing is silently lost. Does nothing when no URL is set.
/// </summary>
public sealed class FailureWebhookConsumer(
    WebhookSender sender, IDeadLetterRepository deadLetters, IOptions<WebhookOptions> options, TimeProvider clock,
    ILogger<FailureWebhookConsumer> logger) : IConsumer<FailureLocalized>
{
    public const string EventName = "failure-localized";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task Consume(ConsumeContext<FailureLocalized> context)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var message = context.Message;
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        var deliveryId = $"{message.RunId}:{message.ContentHash}";
        var delivery = await sender.SendAsync(EventName, deliveryId, body, context.CancellationToken);
        if (delivery.Delivered)
        {
            return;
        }

        LocalizeLog.WebhookDeadLettered(logger, message.RunId, delivery.Attempts, delivery.LastError ?? "");
        await deadLetters.SaveAsync(new DeadLetter
        {
            Id = $"webhook:{deliveryId}",
            Channel = "webhook",
            RunId = message.RunId,
            Target = options.Value.Url!,
            Payload = System.Text.Encoding.UTF8.GetString(body),
            Attempts = delivery.Attempts,
            LastError = delivery.LastError ?? "unknown error",
            FailedAt = clock.GetUtcNow(),
        }, context.CancellationToken);
    }
}
