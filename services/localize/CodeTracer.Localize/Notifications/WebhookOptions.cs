namespace CodeTracer.Localize.Notifications;

/// <summary>Where diagnoses are POSTed; bound from the <c>CodeTracer:Webhooks</c> section. No URL, no webhook.</summary>
public sealed class WebhookOptions
{
    public const string Section = "CodeTracer:Webhooks";

    public string? Url { get; set; }

    /// <summary>The HMAC-SHA256 key the receiver checks <c>X-CodeTracer-Signature</c> with; unsigned when empty.</summary>
    public string? Secret { get; set; }

    /// <summary>Attempts per diagnosis, the first included, before it is stored as a dead letter.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; it doubles after each next one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
