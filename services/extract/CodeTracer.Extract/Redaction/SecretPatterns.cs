using System.Text.RegularExpressions;

namespace CodeTracer.Extract.Redaction;

/// <summary>
/// The secrets redacted from step text, most specific first so a key inside a URL or a KEY=value line is named by
/// its own kind. Values that are references (<c>$VAR</c>, <c>${VAR}</c>, <c>&lt;your-key&gt;</c>) are not secrets.
/// </summary>
internal static class SecretPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<SecretPattern> All { get; } =
    [
        new("private-key", new Regex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", Options | RegexOptions.Singleline, Timeout)),
        new("url-password", new Regex(@"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s""']+:(?<secret>(?![$<{])[^@/\s""']+)@", Options, Timeout)),
        new("bearer-token", new Regex(@"\b[Bb]earer\s+(?<secret>[A-Za-z0-9._~+/-]{16,}=*)", Options, Timeout)),
        new("openai-key", new Regex(@"\bsk-(proj-|ant-|svcacct-)?[A-Za-z0-9_-]{20,}", Options, Timeout)),
        new("github-token", new Regex(@"\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})", Options, Timeout)),
        new("aws-access-key", new Regex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b", Options, Timeout)),
        new("slack-token", new Regex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}", Options, Timeout)),
        new("env-secret", new Regex(
            @"\b[A-Z0-9_]*(_KEY|_TOKEN|_SECRET|PASSWORD|_PASSWD|_PWD)\s*[=:]\s*(?<q>[""']?)(?<secret>(?![$<{\[])[^\s""'`,;]{6,})\k<q>",
            Options, Timeout)),
    ];
}
