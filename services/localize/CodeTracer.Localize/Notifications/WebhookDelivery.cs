namespace CodeTracer.Localize.Notifications;

/// <summary>How a POST ended: delivered or not, after how many attempts, and what the last failure was.</summary>
public sealed record WebhookDelivery(bool Delivered, int Attempts, string? LastError);
