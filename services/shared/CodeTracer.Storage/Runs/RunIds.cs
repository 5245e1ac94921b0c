using System.Text.RegularExpressions;

namespace CodeTracer.Storage.Runs;

/// <summary>
/// Run ids derive from content: <c>"run-"</c> + the first 16 hex digits of the SHA-256 of the submitted bytes.
/// 64 bits keep collisions out of reach for any realistic store while staying short enough to type, and the
/// same bytes uploaded twice name the same run, which is what makes redelivery and re-upload idempotent.
/// </summary>
public static partial class RunIds
{
    public const string Prefix = "run-";

    public const int HashDigits = 16;

    public static string FromContentHash(string contentHash)
    {
        if (!IsContentHash(contentHash))
        {
            throw new ArgumentException($"'{contentHash}' is not a SHA-256 in lowercase hex.", nameof(contentHash));
        }

        return Prefix + contentHash[..HashDigits];
    }

    /// <summary>True for 64 lowercase hex digits, the form every content hash and blob key takes.</summary>
    public static bool IsContentHash(string? value) => value is not null && Sha256Hex().IsMatch(value);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
