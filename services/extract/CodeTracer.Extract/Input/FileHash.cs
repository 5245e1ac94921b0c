using System.Collections.Concurrent;
using System.Security.Cryptography;
using CodeTracer.Contracts.Runs;

namespace CodeTracer.Extract.Input;

/// <summary>SHA-256 of source files, computed once per file per process.</summary>
public static class FileHash
{
    private static readonly ConcurrentDictionary<string, SourceFile> Cache = new(StringComparer.Ordinal);

    public static SourceFile Describe(string file) => Cache.GetOrAdd(System.IO.Path.GetFullPath(file), full =>
    {
        using var stream = File.OpenRead(full);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceFile(file, stream.Length, hash);
    });

    public static string Sha256(string file) => Describe(file).Sha256;
}
