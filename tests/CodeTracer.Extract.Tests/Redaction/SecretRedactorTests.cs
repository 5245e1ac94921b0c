using CodeTracer.Extract.Redaction;

namespace CodeTracer.Extract.Tests.Redaction;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("export OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz012345", "export OPENAI_API_KEY=[REDACTED:openai-key]", "openai-key")]
    [InlineData("token ghp_abcdefghijklmnopqrstuvwxyz0123456789AB used", "token [REDACTED:github-token] used", "github-token")]
    [InlineData("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_access_key_id = [REDACTED:aws-access-key]", "aws-access-key")]
    [InlineData("SLACK=xoxb-123456789012-abcdefghij", "SLACK=[REDACTED:slack-token]", "slack-token")]
    [InlineData("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig'", "curl -H 'Authorization: Bearer [REDACTED:bearer-token]'", "bearer-token")]
    [InlineData("git clone https://bob:hunter2secret@example.com/r.git", "git clone https://bob:[REDACTED:url-password]@example.com/r.git", "url-password")]
    [InlineData("DB_PASSWORD=correct-horse-battery", "DB_PASSWORD=[REDACTED:env-secret]", "env-secret")]
    [InlineData("STRIPE_SECRET=\"rk_live_12345678\"", "STRIPE_SECRET=\"[REDACTED:env-secret]\"", "env-secret")]
    [InlineData("a\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nabc\n-----END RSA PRIVATE KEY-----\nb", "a\n[REDACTED:private-key]\nb", "private-key")]
    public void ASecretIsReplacedAndCountedByKind(string text, string expected, string kind)
    {
        var redacted = SecretRedactor.Redact(text, out var counts);

        Assert.Equal(expected, redacted);
        Assert.Equal(1, counts[kind]);
        Assert.Single(counts);
    }

    [Theory]
    [InlineData("export OPENAI_API_KEY=$OPENAI_API_KEY")]
    [InlineData("git clone https://oauth2:${GITLAB_TOKEN}@gitlab.com/x.git")]
    [InlineData("AWS_SECRET_ACCESS_KEY=<your-aws-secret>")]
    [InlineData("APPROX_TOKENS_PER_WARC = 90000000")]
    [InlineData("the task-runner-with-a-very-long-name-indeed ran")]
    [InlineData("PASSWORD=short")]
    public void ReferencesPlaceholdersAndLookAlikesAreLeftAlone(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text, out var counts));
        Assert.Empty(counts);
    }

    [Fact]
    public void SecretsInsideJsonArgumentsKeepTheJsonValid()
    {
        const string arguments = """{"command": "curl -H \"Authorization: Bearer abcdefghijklmnopqrstuvwxyz\" https://u:pw123456@h/x"}""";

        var redacted = SecretRedactor.Redact(arguments, out var counts);

        using var parsed = System.Text.Json.JsonDocument.Parse(redacted);
        Assert.Equal("curl -H \"Authorization: Bearer [REDACTED:bearer-token]\" https://u:[REDACTED:url-password]@h/x",
            parsed.RootElement.GetProperty("command").GetString());
        Assert.Equal(2, counts.Count);
    }
}
