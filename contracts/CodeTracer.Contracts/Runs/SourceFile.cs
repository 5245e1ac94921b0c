namespace CodeTracer.Contracts.Runs;

/// <summary>A file a run was read from: path, size and SHA-256 of its bytes (lowercase hex).</summary>
public sealed record SourceFile(string Path, long Size, string Sha256);
