using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CodeTracer.Testing;

namespace CodeTracer.Ingest.Tests.Support;

/// <summary>Request bodies: a real corpus file (read, never written), raw or as multipart, and NDJSON.</summary>
public static class Bodies
{
    public const string CorpusFile = "terminal-bench-kimi-k2.5/vulnerable-secret__9tUKcpe/agent/claude-code.txt";

    public static byte[] CorpusBytes() => File.ReadAllBytes(Corpus.PathOf(CorpusFile));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string RunIdOf(byte[] bytes) => "run-" + Sha256(bytes)[..16];

    public static ByteArrayContent Raw(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    public static MultipartFormDataContent Multipart(byte[] bytes, string fileName, string field = "file")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    public static StringContent Ndjson(params string[] lines) =>
        new(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson");
}
