using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Redaction;

/// <summary>Replaces secrets in a text by <c>[REDACTED:kind]</c> and counts them per kind.</summary>
public static class SecretRedactor
{
    public static string Redact(string text, out IReadOnlyDictionary<string, int> counts)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pattern in SecretPatterns.All)
        {
            try
            {
                text = pattern.Regex.Replace(text, match =>
                {
                    // A marker an earlier pattern left is not a secret of this kind.
                    if (match.Value.Contains("[REDACTED:", StringComparison.Ordinal))
                    {
                        return match.Value;
                    }

                    found[pattern.Kind] = found.GetValueOrDefault(pattern.Kind) + 1;
                    return pattern.Replace(match);
                });
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological text must not stop extraction; the pattern is skipped for this text only.
            }
        }

        counts = found;
        return text;
    }
}
