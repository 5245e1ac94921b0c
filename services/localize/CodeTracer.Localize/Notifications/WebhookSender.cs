using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace CodeTracer.Localize.Notifications;

/// <summary>
/// POSTs a signed body with exponential back-off. A 2xx is delivered; any other status, a timeout or a network
/// error is retried until <see cref="WebhookOptions.MaxAttempts"/>. Retrying here rather than through the bus
/// keeps one delivery's attempts together, so the last one can be dead-lettered with its real error.
/// </summary>
public sealed class WebhookSender(HttpClient http, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string EventHeader = "X-CodeTracer-Event";
    public const string DeliveryHeader = "X-CodeTracer-Delivery";

    public async Task<WebhookDelivery> SendAsync(string eventName, string deliveryId, byte[] body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        string? lastError = null;
        var attempts = Math.Max(1, settings.MaxAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(settings.RetryDelay * Math.Pow(2, attempt - 2), clock, cancellationToken);
            }

            lastError = await TryPostAsync(settings, eventName, deliveryId, body, cancellationToken);
            if (lastError is null)
            {
                return new WebhookDelivery(true, attempt, null);
            }
        }

        return new WebhookDelivery(false, attempts, lastError);
    }

    private async Task<string?> TryPostAsync(WebhookOptions settings, string eventName, string deliveryId, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(EventHeader, eventName);
        // Receivers dedupe on this: a redelivered diagnosis is POSTed again under the same id.
        request.Headers.Add(DeliveryHeader, deliveryId);
        if (!string.IsNullOrEmpty(settings.Secret))
        {
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(settings.Secret, body));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return e is OperationCanceledException ? $"no answer within {settings.Timeout.TotalSeconds:0.#} s" : e.Message;
        }
    }
}
