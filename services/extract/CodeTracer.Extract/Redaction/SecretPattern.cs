using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Redaction;

/// <summary>One kind of secret: how to find it and what of the match to keep (a key name, a scheme, "Bearer ").</summary>
internal sealed record SecretPattern(string Kind, Regex Regex)
{
    /// <summary>The match with its <c>secret</c> group replaced; the whole match when there is no such group.</summary>
    public string Replace(Match match)
    {
        var secret = match.Groups["secret"];
        var marker = $"[REDACTED:{Kind}]";
        return secret.Success
            ? string.Concat(match.Value.AsSpan(0, secret.Index - match.Index), marker, match.Value.AsSpan(secret.Index - match.Index + secret.Length))
            : marker;
    }
}
