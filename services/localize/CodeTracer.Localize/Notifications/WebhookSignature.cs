using System.Security.Cryptography;
using System.Text;

namespace CodeTracer.Localize.Notifications;

/// <summary>
/// GitHub-style signatures: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the exact body bytes, so a
/// receiver can check the sender knows the secret and the body was not changed on the way.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-CodeTracer-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Compares in constant time, as a receiver should.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature));
}
